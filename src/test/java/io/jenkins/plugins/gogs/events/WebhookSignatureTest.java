package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] PAYLOAD =
            "{\n  \"ref\": \"refs/heads/main\",\n  \"before\": \"0000\"\n}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesTheRfc4231Vector() {
        // RFC 4231, test case 2: key "Jefe".
        String signature = WebhookSignature.sign(
                HookSecret.of("Jefe"), "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

        assertThat(signature).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void isLowercaseHexOfTheHmacOverTheExactBytes() throws Exception {
        String expected = independentHmac("s3cr3t".getBytes(StandardCharsets.UTF_8), PAYLOAD);

        assertThat(WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD))
                .isEqualTo(expected)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void keysWithTheUtf8BytesOfTheSecretWhetherGivenAsStringOrChars() throws Exception {
        String secret = "pässwörd-✓";
        String expected = independentHmac(secret.getBytes(StandardCharsets.UTF_8), PAYLOAD);

        assertThat(WebhookSignature.sign(HookSecret.of(secret), PAYLOAD)).isEqualTo(expected);
        assertThat(WebhookSignature.sign(HookSecret.of(secret.toCharArray()), PAYLOAD))
                .isEqualTo(expected);
    }

    @Test
    void acceptsTheSignatureGogsWouldSend() throws Exception {
        String header = independentHmac("s3cr3t".getBytes(StandardCharsets.UTF_8), PAYLOAD);

        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, header))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void rejectsATamperedBody() {
        String header = WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD);
        byte[] tampered = PAYLOAD.clone();
        tampered[tampered.length - 3] ^= 1;

        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), tampered, header))
                .isEqualTo(SignatureVerdict.MISMATCH);
    }

    @Test
    void rejectsABodyReformattedWithTheSameMeaning() {
        String header = WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD);
        byte[] compact = "{\"ref\":\"refs/heads/main\",\"before\":\"0000\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), compact, header))
                .isEqualTo(SignatureVerdict.MISMATCH);
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        String header = WebhookSignature.sign(HookSecret.of("other"), PAYLOAD);

        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, header))
                .isEqualTo(SignatureVerdict.MISMATCH);
    }

    @Test
    void reportsAnAbsentOrEmptyHeaderAsMissing() {
        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, null))
                .isEqualTo(SignatureVerdict.MISSING);
        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, ""))
                .isEqualTo(SignatureVerdict.MISSING);
        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, "  "))
                .isEqualTo(SignatureVerdict.MISSING);
    }

    @Test
    void treatsMalformedHeadersAsMismatchNotAsErrors() {
        String good = WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD);
        String[] malformed = {
            "zz" + good.substring(2), // right length, not hex
            good.substring(1), // odd length
            good + "00", // too long
            "sha256=" + good, // GitHub style prefix, which Gogs never sends
            "not a signature",
        };
        for (String header : malformed) {
            assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, header))
                    .as(header)
                    .isEqualTo(SignatureVerdict.MISMATCH);
        }
    }

    @Test
    void acceptsUppercaseHexAndSurroundingBlanksBecauseTheyDecodeToTheSameMac() {
        // Gogs writes lowercase (hex.EncodeToString); the comparison is over decoded bytes, where case is moot.
        String good = WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD);

        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, good.toUpperCase(Locale.ROOT)))
                .isEqualTo(SignatureVerdict.VALID);
        assertThat(WebhookSignature.verify(HookSecret.of("s3cr3t"), PAYLOAD, " " + good + " "))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void refusesToSignOrVerifyWithoutASecret() {
        assertThatThrownBy(() -> WebhookSignature.sign(HookSecret.none(), PAYLOAD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.verify(HookSecret.of(""), PAYLOAD, "00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheSecret() {
        HookSecret secret = HookSecret.of("hunter2-very-secret");

        assertThat(secret.toString()).doesNotContain("hunter2").isEqualTo("HookSecret[set]");
        assertThat(new KnownServer("https://gogs.example.com", secret).toString())
                .doesNotContain("hunter2");
        assertThat(HookSecret.none().toString()).isEqualTo("HookSecret[none]");
    }

    @Test
    void doesNotKeepTheCallersCharArray() {
        char[] typed = "s3cr3t".toCharArray();
        HookSecret secret = HookSecret.of(typed);
        java.util.Arrays.fill(typed, '\0');

        assertThat(WebhookSignature.sign(secret, PAYLOAD))
                .isEqualTo(WebhookSignature.sign(HookSecret.of("s3cr3t"), PAYLOAD));
    }

    /** HMAC-SHA256 as Gogs computes it, written without the production code. */
    static String independentHmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(data)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
