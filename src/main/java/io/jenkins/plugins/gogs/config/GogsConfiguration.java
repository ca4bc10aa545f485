package io.jenkins.plugins.gogs.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.gogs.servers.ServerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;

/** The Gogs servers of this Jenkins; in JCasC under {@code unclassified: gogs: servers:}. */
@Extension
@Symbol("gogs")
public class GogsConfiguration extends GlobalConfiguration {

    private List<GogsServer> servers = new ArrayList<>();

    public GogsConfiguration() {
        load();
    }

    @NonNull
    public static GogsConfiguration get() {
        return ExtensionList.lookupSingleton(GogsConfiguration.class);
    }

    @NonNull
    public List<GogsServer> getServers() {
        return servers == null ? List.of() : List.copyOf(servers);
    }

    /**
     * Replaces the servers.
     *
     * @throws IllegalArgumentException when two entries name the same server; nothing is changed then
     */
    @DataBoundSetter
    public void setServers(List<GogsServer> servers) {
        List<GogsServer> candidate = servers == null ? List.of() : List.copyOf(servers);
        List<String> conflicts = new ServerDirectory<>(candidate).conflicts();
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", conflicts));
        }
        this.servers = new ArrayList<>(candidate);
        save();
    }

    /** The server at this URL or alias URL. */
    @NonNull
    public Optional<GogsServer> findServer(@CheckForNull String url) {
        return directory().findByUrl(url);
    }

    /**
     * The server a step or a form names (name or URL), or the only server when none is named.
     *
     * @throws IllegalArgumentException with a sentence for the user when there is no such server or it is ambiguous
     */
    @NonNull
    public GogsServer resolve(@CheckForNull String nameOrUrl) {
        return directory().resolve(nameOrUrl);
    }

    private ServerDirectory<GogsServer> directory() {
        return new ServerDirectory<>(getServers());
    }
}
