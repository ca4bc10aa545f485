package io.jenkins.plugins.gogs.servers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Names for what the password-for-token exchange creates: the token in Gogs ({@code jenkins-<jenkins host>}, so a
 * Gogs user sees which Jenkins holds it) and the Jenkins credential that stores it.
 */
@Restricted(NoExternalUse.class)
public final class TokenNaming {

    private TokenNaming() {}

    /** {@code jenkins-<host of the Jenkins root URL>}, or {@code jenkins} when the root URL is unknown. */
    public static String tokenName(String jenkinsRootUrl) {
        String host = host(jenkinsRootUrl);
        return host == null ? "jenkins" : "jenkins-" + host;
    }

    /** {@code base}, {@code base-2}, ..., {@code base-<count>}: the names tried when Gogs already has some. */
    public static List<String> candidates(String base, int count) {
        List<String> names = new ArrayList<>(count);
        names.add(base);
        for (int i = 2; i <= count; i++) {
            names.add(base + "-" + i);
        }
        return names;
    }

    /**
     * A credential id {@code gogs-token-<gogs host>-<gogs user>}, with {@code -2}, {@code -3}, ... when taken;
     * only lower-case letters, digits, dots, dashes and underscores.
     */
    public static String credentialId(String serverUrl, String gogsUser, Predicate<String> taken) {
        String host = host(serverUrl);
        String base = "gogs-token-" + safe(host == null ? "gogs" : host) + "-" + safe(gogsUser);
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? base : base + "-" + i;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** The description of the stored credential: which token, whose, on which server. */
    public static String credentialDescription(String serverUrl, MintedToken token) {
        String who = token.fullName() == null || token.fullName().isBlank()
                ? token.username()
                : token.username() + " (" + token.fullName() + ")";
        return Messages.TokenNaming_CredentialDescription(token.name(), who, serverUrl);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String safe(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    }
}
