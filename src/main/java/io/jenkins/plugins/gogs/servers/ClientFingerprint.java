package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.ProxySettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * SHA-256 digests that tell whether what a client (or an exchanged token) was made from has changed, without
 * keeping the secrets themselves: a rotated token, a changed password or another proxy gives another digest.
 * Fields are length-prefixed, so no two different inputs run together into the same bytes.
 */
@Restricted(NoExternalUse.class)
public final class ClientFingerprint {

    private ClientFingerprint() {}

    /**
     * Everything a {@link io.jenkins.plugins.gogs.client.GogsClient} is built from.
     *
     * @param credentialKind e.g. {@code token}, {@code anonymous}; distinguishes kinds whose secrets could coincide
     * @param secret         the token, or null for anonymous access
     * @param proxy          the proxy, or null for a direct connection
     */
    public static String of(String serverUrl, String credentialKind, String secret, ProxySettings proxy) {
        MessageDigest sha = sha256();
        field(sha, "client");
        field(sha, serverUrl);
        field(sha, credentialKind);
        field(sha, secret);
        if (proxy == null) {
            field(sha, null);
        } else {
            field(sha, proxy.host());
            field(sha, Integer.toString(proxy.port()));
            field(sha, proxy.username());
            field(sha, proxy.password());
            field(sha, String.join("\n", proxy.noProxyHosts()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The current value of a username/password credential, so that a token exchanged for it is used only as long as
     * the credential is unchanged.
     */
    public static String ofPassword(String serverUrl, String credentialsId, String username, String password) {
        MessageDigest sha = sha256();
        field(sha, "password");
        field(sha, serverUrl);
        field(sha, credentialsId);
        field(sha, username);
        field(sha, password);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Compares two digests in constant time; false when either is null. */
    public static boolean matches(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}
