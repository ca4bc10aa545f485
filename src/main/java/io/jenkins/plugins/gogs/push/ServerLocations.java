package io.jenkins.plugins.gogs.push;

import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.events.WebhookRepository;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where the repositories of one configured Gogs server can be cloned from, to tell which job remotes name one of
 * them. A remote names repository {@code owner/name} when
 * <ul>
 *   <li>over HTTP(S): its host and the path before {@code /owner/name} are those of the server URL, the alias URL
 *       or the {@code EXTERNAL_URL} a delivery showed (scheme and port are not compared: a job cloning over
 *       {@code http://} and a server configured as {@code https://} are the same Gogs, as the git plugin's own
 *       {@code notifyCommit} matching has it);</li>
 *   <li>over SSH ({@code ssh://} or {@code user@host:owner/name}): its host is that of the {@code ssh_url} a delivery
 *       showed (Gogs' {@code SSH_DOMAIN}) or of one of the web URLs above, and its path is exactly
 *       {@code owner/name}, as Gogs' SSH command requires.</li>
 * </ul>
 * A trailing {@code .git} or slash and the user name do not matter; owner and name compare without regard to case,
 * as Gogs looks both up by their lower-case form. Immutable.
 */
@Restricted(NoExternalUse.class)
public final class ServerLocations {

    private final String serverUrl;
    private final List<RemoteUrl> web;
    private final List<String> sshHosts;

    private ServerLocations(String serverUrl, List<RemoteUrl> web, List<String> sshHosts) {
        this.serverUrl = serverUrl;
        this.web = List.copyOf(web);
        this.sshHosts = List.copyOf(sshHosts);
    }

    /**
     * The locations of a configured server known from its configuration: its URL and, when set, its alias URL.
     * Keys of the repositories found are on {@code serverUrl} in canonical form.
     *
     * @throws IllegalArgumentException when {@code serverUrl} is not an http(s) URL
     */
    public static ServerLocations of(String serverUrl, String aliasUrl) {
        String canonical = ServerUrl.normalize(Objects.requireNonNull(serverUrl, "serverUrl"));
        List<RemoteUrl> web = new ArrayList<>();
        addWeb(web, canonical);
        addWeb(web, aliasUrl);
        return new ServerLocations(canonical, web, List.of());
    }

    /**
     * These locations and those a delivery from the server shows for its repository: the {@code EXTERNAL_URL} (from
     * {@code html_url}), the base of {@code clone_url} and the SSH host of {@code ssh_url}.
     */
    public ServerLocations withDelivered(WebhookRepository repository) {
        List<RemoteUrl> moreWeb = new ArrayList<>(web);
        List<String> moreSsh = new ArrayList<>(sshHosts);
        if (repository != null) {
            addWeb(moreWeb, repository.serverUrl());
            RemoteUrl.parse(repository.cloneUrl())
                    .filter(RemoteUrl::isHttp)
                    .ifPresent(clone ->
                            moreWeb.add(new RemoteUrl(clone.scheme(), clone.host(), clone.port(), clone.basePath())));
            RemoteUrl.parse(repository.sshUrl()).filter(RemoteUrl::isSsh).ifPresent(ssh -> moreSsh.add(ssh.host()));
        }
        return new ServerLocations(serverUrl, moreWeb, moreSsh);
    }

    /** The server's canonical URL, which the keys of its repositories carry. */
    public String serverUrl() {
        return serverUrl;
    }

    /** The repository of this server that {@code remoteUrl} names, or empty when it names none. */
    public Optional<RepositoryKey> repositoryOf(String remoteUrl) {
        Optional<RemoteUrl> remote = RemoteUrl.parse(remoteUrl);
        if (remote.isEmpty() || !isOurs(remote.get())) {
            return Optional.empty();
        }
        return remote.get().ownerAndName().flatMap(this::key);
    }

    /** True when {@code remoteUrl} names {@code repository}, which must be a repository of this server. */
    public boolean names(String remoteUrl, RepositoryKey repository) {
        return repositoryOf(remoteUrl).filter(repository::equals).isPresent();
    }

    private boolean isOurs(RemoteUrl remote) {
        if (remote.isHttp()) {
            return web.stream()
                    .anyMatch(base ->
                            base.host().equals(remote.host()) && base.path().equalsIgnoreCase(remote.basePath()));
        }
        if (remote.isSsh() && remote.basePath().isEmpty()) {
            return sshHosts.contains(remote.host())
                    || web.stream().anyMatch(base -> base.host().equals(remote.host()));
        }
        return false;
    }

    private Optional<RepositoryKey> key(String[] ownerAndName) {
        try {
            return Optional.of(new RepositoryKey(serverUrl, ownerAndName[0], ownerAndName[1]));
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }

    private static void addWeb(List<RemoteUrl> web, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        // A base URL has no owner/name: its whole path is where Gogs lives.
        RemoteUrl.parse(url.strip())
                .filter(RemoteUrl::isHttp)
                .ifPresent(base -> web.add(new RemoteUrl(
                        base.scheme(), base.host(), base.port(), base.path().toLowerCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        return serverUrl;
    }
}
