package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeliveryBodyTest {

    // What makes form decoding hard: spaces, '+', '&', '=', '%', non-ASCII, newlines and an offset "+02:00".
    private static final String JSON =
            "{\n  \"message\": \"a + b = c & d 100% ✓ süß\",\n" + "  \"timestamp\": \"2024-05-01T10:20:30+02:00\"\n}";
    private static final byte[] JSON_BYTES = JSON.getBytes(StandardCharsets.UTF_8);

    @Test
    void takesAJsonBodyAsItIs() throws Exception {
        assertThat(DeliveryBody.payloadJson("application/json", JSON_BYTES)).isEqualTo(JSON_BYTES);
        assertThat(DeliveryBody.payloadJson("Application/JSON; charset=UTF-8", JSON_BYTES))
                .isEqualTo(JSON_BYTES);
    }

    @Test
    void decodesTheFormPayloadFieldToTheExactJsonBytes() throws Exception {
        byte[] form =
                ("payload=" + URLEncoder.encode(JSON, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        assertThat(DeliveryBody.payloadJson("application/x-www-form-urlencoded", form))
                .isEqualTo(JSON_BYTES);
    }

    @Test
    void findsThePayloadFieldAmongOthers() throws Exception {
        byte[] form = ("x=1&payload=" + URLEncoder.encode(JSON, StandardCharsets.UTF_8) + "&y=%41&flag")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(DeliveryBody.payloadJson("application/x-www-form-urlencoded; charset=utf-8", form))
                .isEqualTo(JSON_BYTES);
    }

    @Test
    void decodesPercentEscapesInEitherCase() throws Exception {
        byte[] form = "payload=%7b%7D+%e2%9C%93".getBytes(StandardCharsets.US_ASCII);

        assertThat(new String(
                        DeliveryBody.payloadJson("application/x-www-form-urlencoded", form), StandardCharsets.UTF_8))
                .isEqualTo("{} ✓");
    }

    @Test
    void refusesAFormWithoutPayload() {
        assertRejected("application/x-www-form-urlencoded", "other=1", RejectionReason.MISSING_PAYLOAD);
        assertRejected("application/x-www-form-urlencoded", "payload=", RejectionReason.MISSING_PAYLOAD);
        assertRejected("application/x-www-form-urlencoded", "", RejectionReason.MISSING_PAYLOAD);
    }

    @Test
    void refusesAFormWithTwoPayloads() {
        assertRejected(
                "application/x-www-form-urlencoded",
                "payload=%7B%7D&payload=%7B%7D",
                RejectionReason.MALFORMED_PAYLOAD);
    }

    @Test
    void refusesBrokenPercentEscapes() {
        assertRejected("application/x-www-form-urlencoded", "payload=%7", RejectionReason.MALFORMED_PAYLOAD);
        assertRejected("application/x-www-form-urlencoded", "payload=%zz", RejectionReason.MALFORMED_PAYLOAD);
    }

    @Test
    void refusesAnEmptyJsonBody() {
        assertRejected("application/json", "", RejectionReason.MISSING_PAYLOAD);
    }

    @Test
    void refusesOtherContentTypesWith415() {
        for (String type : new String[] {"text/plain", "multipart/form-data; boundary=x", "", null}) {
            WebhookDeliveryException e = rejected(type, "{}");
            assertThat(e.reason()).as(type).isEqualTo(RejectionReason.UNSUPPORTED_CONTENT_TYPE);
            assertThat(e.reason().httpStatus()).isEqualTo(415);
            assertThat(e.getMessage()).contains("application/json");
        }
    }

    @Test
    void readsABodyUpToTheLimit() throws Exception {
        byte[] body = new byte[1000];
        Arrays.fill(body, (byte) 'x');

        assertThat(DeliveryBody.read(new ByteArrayInputStream(body), 1000)).isEqualTo(body);
    }

    @Test
    void stopsReadingAtTheFirstByteBeyondTheLimit() {
        CountingStream in = new CountingStream(10_000_000);

        assertThatThrownBy(() -> DeliveryBody.read(in, 1000))
                .isInstanceOfSatisfying(WebhookDeliveryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
                    assertThat(e.reason().httpStatus()).isEqualTo(413);
                });
        assertThat(in.served).isEqualTo(1001);
    }

    @Test
    void refusesABodyOverTheDefaultLimit() {
        byte[] body = new byte[DeliveryBody.MAX_BYTES + 1];

        assertThatThrownBy(() -> DeliveryBody.payloadJson("application/json", body))
                .isInstanceOfSatisfying(
                        WebhookDeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE));
    }

    private static void assertRejected(String contentType, String body, RejectionReason reason) {
        assertThat(rejected(contentType, body).reason()).as(body).isEqualTo(reason);
    }

    private static WebhookDeliveryException rejected(String contentType, String body) {
        try {
            DeliveryBody.payloadJson(contentType, body.getBytes(StandardCharsets.UTF_8));
        } catch (WebhookDeliveryException e) {
            return e;
        }
        throw new AssertionError("accepted " + body + " as " + contentType);
    }

    /** An endless stream of 'x' that counts what it served. */
    private static final class CountingStream extends InputStream {
        private final long size;
        private long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - served);
            if (n <= 0) {
                return -1;
            }
            Arrays.fill(b, off, off + n, (byte) 'x');
            served += n;
            return n;
        }
    }
}
