package io.jenkins.plugins.gogs.events;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where Gogs delivers to: {@code <Jenkins root URL>gogs-hook/post}, and whether Gogs is likely to reach it.
 * Gogs 0.14 refuses to deliver to loopback and private addresses unless its {@code [security]
 * LOCAL_NETWORK_ALLOWLIST} names the host, so those are worth a warning too. The URL name is the plugin's own: the
 * older gogs-webhook plugin owns {@code /gogs-webhook/}, so both can be installed side by side. Earlier versions of
 * this plugin received at {@code gogs-webhook/post}; hooks it registered there are recognised
 * ({@link #formerUrls}) and moved to the current URL when registration next runs.
 */
@Restricted(NoExternalUse.class)
public final class HookEndpoint {

    /** The URL name of the receiving root action. */
    public static final String URL_NAME = "gogs-hook";

    /** The path under the Jenkins root URL that receives deliveries. */
    public static final String PATH = URL_NAME + "/post";

    /**
     * Where earlier versions of this plugin received deliveries. Only this exact path is the plugin's: the
     * gogs-webhook plugin's hooks are at {@code gogs-webhook/?job=<name>}.
     */
    public static final String FORMER_PATH = "gogs-webhook/post";

    /** The request path (below the Jenkins context) deliveries are posted to, the only one exempt from crumbs. */
    private static final String DELIVERY_PATH = "/" + PATH;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HookEndpoint() {}

    /**
     * The hook URL for a Jenkins root URL, e.g. {@code https://ci.example.com/jenkins/gogs-hook/post}.
     *
     * @throws IllegalArgumentException when the root URL is empty or not an http(s) URL
     */
    public static String forJenkinsRoot(String rootUrl) {
        URI uri = parse(rootUrl).orElseThrow(() -> new IllegalArgumentException(problem(rootUrl)));
        String root = uri.toString().replaceFirst("[?#].*$", "");
        return (root.endsWith("/") ? root : root + "/") + PATH;
    }

    /**
     * The URLs at which earlier versions of the plugin registered the hook that {@code endpointUrl} (a URL of
     * {@link #forJenkinsRoot}) replaces: the same Jenkins root with {@link #FORMER_PATH}. Such hooks are the
     * plugin's own, to be moved to {@code endpointUrl}.
     */
    public static Set<String> formerUrls(String endpointUrl) {
        if (endpointUrl == null || !endpointUrl.endsWith("/" + PATH)) {
            return Set.of();
        }
        return Set.of(endpointUrl.substring(0, endpointUrl.length() - PATH.length()) + FORMER_PATH);
    }

    /**
     * True for the path of the receiving endpoint only: {@code /gogs-hook/post}, exactly (Stapler's path info,
     * below the Jenkins context path). Neither other methods of the action nor other paths under it qualify.
     */
    public static boolean isDeliveryPath(String pathInfo) {
        return DELIVERY_PATH.equals(pathInfo);
    }

    /**
     * Why Gogs probably cannot deliver to this Jenkins root URL, in words for the log and the admin monitor;
     * empty when nothing is known to be wrong. It looks at the URL only, resolving no host name.
     */
    public static Optional<String> reachabilityWarning(String rootUrl) {
        Optional<URI> uri = parse(rootUrl);
        if (uri.isEmpty()) {
            return Optional.of(Messages.HookEndpoint_Unusable(problem(rootUrl)));
        }
        String host = uri.get().getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return Optional.of(loopback(host));
        }
        Optional<InetAddress> literal = ipLiteral(bare);
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        InetAddress address = literal.get();
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return Optional.of(loopback(host));
        }
        if (isLocalNetwork(address)) {
            return Optional.of(Messages.HookEndpoint_LocalNetwork(host, bare));
        }
        return Optional.empty();
    }

    private static String loopback(String host) {
        return Messages.HookEndpoint_Loopback(host);
    }

    private static Optional<URI> parse(String rootUrl) {
        if (rootUrl == null || rootUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(rootUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String problem(String rootUrl) {
        return rootUrl == null || rootUrl.isBlank()
                ? Messages.HookEndpoint_NoJenkinsUrl()
                : Messages.HookEndpoint_NotHttp(rootUrl.strip());
    }

    /** The address of an IP literal, without any DNS lookup; empty for host names. */
    private static Optional<InetAddress> ipLiteral(String host) {
        boolean ipv4 = IPV4.matcher(host).matches();
        if (!ipv4 && !host.contains(":")) {
            return Optional.empty();
        }
        if (ipv4) {
            for (String octet : host.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty(); // not an address; looking it up as a name is not our business
                }
            }
        }
        try {
            // A literal is parsed, never looked up.
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The ranges Gogs' netutil blocks besides loopback: private, link-local, shared (100.64/10), unique local. */
    private static boolean isLocalNetwork(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        if (b.length == 4) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        }
        return (b[0] & 0xfe) == 0xfc;
    }
}
