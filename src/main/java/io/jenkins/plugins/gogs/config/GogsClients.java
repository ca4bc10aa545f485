package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.client.GogsClient;
import io.jenkins.plugins.gogs.client.GogsCredentials;
import io.jenkins.plugins.gogs.servers.ClientCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** TEMP stand-in until the config engineer's shared client cache lands on main; the lead drops it at merge. */
public final class GogsClients {

    private static final ClientCache CACHE = new ClientCache(60_000);

    private GogsClients() {}

    @NonNull
    public static GogsClient forServer(@NonNull GogsServer server, @CheckForNull StandardCredentials credentials) {
        String token = credentials instanceof StringCredentials s ? s.getSecret().getPlainText() : null;
        String slot = server.getServerUrl() + "|" + (credentials == null ? "" : credentials.getId());
        return CACHE.get(slot, digest(token), () -> GogsClient.builder(server.getServerUrl())
                .credentials(token == null ? GogsCredentials.anonymous() : GogsCredentials.token(token))
                .build());
    }

    private static String digest(String token) {
        if (token == null) {
            return "anonymous";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
