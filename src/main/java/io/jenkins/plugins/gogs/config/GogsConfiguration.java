package io.jenkins.plugins.gogs.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.gogs.servers.ServerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/** The Gogs servers of this Jenkins; in JCasC under {@code unclassified: gogs: servers:}. */
@Extension
@Symbol("gogs")
@Restricted(NoExternalUse.class)
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
        List<GogsServer> previous = getServers();
        ExchangedTokenStore tokens = ExchangedTokenStore.get();
        tokens.adoptLegacy(previous); // before the entries that carried them are replaced
        this.servers = new ArrayList<>(candidate);
        save();
        tokens.retainServers(candidate);
        evictChangedClients(previous, candidate);
    }

    /**
     * Binds the "Gogs servers" section. An empty list sends no {@code servers} at all, so it is read explicitly;
     * a bad URL or a duplicate becomes an error shown at the section instead of a stack trace. Stapler wraps what
     * an entry's constructor or setter throws in its own "Failed to instantiate" exception: the user sees the
     * entry's own sentence, the innermost one.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        try {
            setServers(req.bindJSONToList(GogsServer.class, json.get("servers")));
            return true;
        } catch (IllegalArgumentException e) {
            throw new FormException(innermostMessage(e), e, "servers");
        }
    }

    /** The message of the innermost {@link IllegalArgumentException} in the chain: the one the plugin wrote. */
    static String innermostMessage(IllegalArgumentException e) {
        IllegalArgumentException innermost = e;
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException bad && bad.getMessage() != null) {
                innermost = bad;
            }
        }
        return innermost.getMessage();
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

    protected Object readResolve() {
        if (servers == null) {
            servers = new ArrayList<>();
        }
        return this;
    }

    private ServerDirectory<GogsServer> directory() {
        return new ServerDirectory<>(getServers());
    }

    /** Clients of a server that is gone or now uses another credential are closed (after their grace period). */
    private static void evictChangedClients(List<GogsServer> previous, List<GogsServer> current) {
        for (GogsServer old : previous) {
            boolean unchanged = current.stream()
                    .anyMatch(s -> s.getServerUrl().equals(old.getServerUrl())
                            && Objects.equals(s.getCredentialsId(), old.getCredentialsId()));
            if (!unchanged) {
                GogsClients.evict(old.getServerUrl());
            }
        }
    }
}
