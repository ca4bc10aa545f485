package io.jenkins.plugins.gogs.events;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The {@code X-Gogs-Signature} of a delivery: HMAC-SHA256 keyed with the hook secret over the payload JSON bytes,
 * as bare hex (Gogs writes lowercase and no {@code sha256=} prefix). For form hooks the JSON is the decoded
 * {@code payload} field, not the form body (see {@link DeliveryBody}).
 */
@Restricted(NoExternalUse.class)
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_LENGTH = 32;

    private WebhookSignature() {}

    /** The header value Gogs would send for this payload: 64 lowercase hex digits. */
    public static String sign(HookSecret secret, byte[] payloadJson) {
        return HexFormat.of().formatHex(mac(secret, payloadJson));
    }

    /**
     * Compares the header with the expected HMAC in constant time over the decoded bytes. Hex digits in either
     * case decode to the same bytes, so case does not matter; anything that is not 64 hex digits is a mismatch.
     *
     * @throws IllegalArgumentException when the secret is not set: there is nothing to verify against
     */
    public static SignatureVerdict verify(HookSecret secret, byte[] payloadJson, String header) {
        byte[] expected = mac(secret, payloadJson);
        if (header == null || header.isBlank()) {
            return SignatureVerdict.MISSING;
        }
        String hex = header.strip();
        if (hex.length() != 2 * MAC_LENGTH) {
            return SignatureVerdict.MISMATCH;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return SignatureVerdict.MISMATCH;
        }
        return MessageDigest.isEqual(expected, presented) ? SignatureVerdict.VALID : SignatureVerdict.MISMATCH;
    }

    private static byte[] mac(HookSecret secret, byte[] payloadJson) {
        if (!secret.isSet()) {
            throw new IllegalArgumentException("A webhook signature needs a secret, and none is set");
        }
        byte[] key = secret.keyBytes();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payloadJson);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime ships HmacSHA256, and any non-empty key is valid for it.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
