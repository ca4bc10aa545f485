package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ServerUrl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Finds configured servers by URL, alias URL or name, and tells when a list of servers is ambiguous. Errors are
 * sentences a Jenkins admin or pipeline author can act on.
 */
@Restricted(NoExternalUse.class)
public final class ServerDirectory<S extends ServerEntry> {

    private final List<S> servers;

    public ServerDirectory(List<S> servers) {
        this.servers = List.copyOf(servers);
    }

    /** The server whose URL or alias URL is the given URL, however it is spelled. */
    public Optional<S> findByUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String wanted;
        try {
            wanted = ServerUrl.normalize(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return servers.stream()
                .filter(s -> wanted.equals(s.getServerUrl()) || wanted.equals(s.getAliasUrl()))
                .findFirst();
    }

    /**
     * The server a step or form names: by name first, then by URL; with nothing named, the only configured server.
     *
     * @throws IllegalArgumentException saying what is configured, when there is no such server or the choice is
     *     ambiguous
     */
    public S resolve(String nameOrUrl) {
        if (nameOrUrl == null || nameOrUrl.isBlank()) {
            if (servers.size() == 1) {
                return servers.get(0);
            }
            if (servers.isEmpty()) {
                throw new IllegalArgumentException(Messages.ServerDirectory_NoneConfigured());
            }
            throw new IllegalArgumentException(Messages.ServerDirectory_SeveralConfigured(names()));
        }
        String wanted = nameOrUrl.trim();
        List<S> byName =
                servers.stream().filter(s -> s.getName().equals(wanted)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new IllegalArgumentException(Messages.ServerDirectory_SeveralNamed(wanted));
        }
        return findByUrl(wanted)
                .orElseThrow(() -> new IllegalArgumentException(
                        servers.isEmpty()
                                ? Messages.ServerDirectory_NotConfigured(wanted)
                                : Messages.ServerDirectory_NotConfiguredAmong(wanted, names())));
    }

    /** Problems that make a list of servers ambiguous (the same URL twice, a URL that is another's alias), or none. */
    public List<String> conflicts() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (S server : servers) {
            claim(owners, server.getServerUrl(), server, problems);
            if (server.getAliasUrl() != null && !server.getAliasUrl().equals(server.getServerUrl())) {
                claim(owners, server.getAliasUrl(), server, problems);
            }
        }
        return problems;
    }

    private static void claim(Map<String, String> owners, String url, ServerEntry server, List<String> problems) {
        String previous = owners.putIfAbsent(url, server.getName());
        if (previous != null) {
            problems.add(Messages.ServerDirectory_ConfiguredTwice(url, previous, server.getName()));
        }
    }

    private String names() {
        return String.join(
                ", ", servers.stream().map(s -> "'" + s.getName() + "'").toList());
    }
}
