package io.jenkins.plugins.gogs.feedback;

import io.jenkins.plugins.gogs.client.GogsClient;
import java.util.Map;
import java.util.WeakHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The user behind each client's token, asked once per client ({@code GET /user}): the plugin's comments are the ones
 * this user wrote. A client is rebuilt when its token changes, so the answer stays right for the client it belongs to.
 */
@Restricted(NoExternalUse.class)
public final class TokenUsers {

    private final Map<GogsClient, String> names = new WeakHashMap<>();

    public String of(GogsClient client) {
        synchronized (names) {
            String known = names.get(client);
            if (known != null) {
                return known;
            }
        }
        String name = client.users().authenticated().username();
        synchronized (names) {
            names.put(client, name);
        }
        return name;
    }
}
