package io.jenkins.plugins.gogs.events;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The secret of a Gogs hook, as the UTF-8 bytes Gogs keys its HMAC with ({@code []byte(w.Secret)}). It never
 * shows its value: {@link #toString()} only says whether one is set, so it can sit in records and log lines.
 */
@Restricted(NoExternalUse.class)
public final class HookSecret {

    private static final HookSecret NONE = new HookSecret(new byte[0]);

    private final byte[] key;

    private HookSecret(byte[] key) {
        this.key = key;
    }

    /** No secret: Gogs then sends an empty signature header. */
    public static HookSecret none() {
        return NONE;
    }

    /** The secret as typed; {@code null} or empty means {@link #none()}. */
    public static HookSecret of(String secret) {
        return secret == null || secret.isEmpty() ? NONE : new HookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret as typed; {@code null} or empty means {@link #none()}. The caller may wipe its array afterwards. */
    public static HookSecret of(char[] secret) {
        if (secret == null || secret.length == 0) {
            return NONE;
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] key = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return new HookSecret(key);
    }

    public boolean isSet() {
        return key.length > 0;
    }

    /** A copy of the key bytes, for the HMAC only. */
    byte[] keyBytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return isSet() ? "HookSecret[set]" : "HookSecret[none]";
    }
}
