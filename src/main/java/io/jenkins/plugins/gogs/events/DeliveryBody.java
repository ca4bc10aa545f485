package io.jenkins.plugins.gogs.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reads a delivery's body and finds in it the payload JSON, the bytes Gogs signed.
 * <ul>
 *   <li>{@code application/json}: the body is the JSON.</li>
 *   <li>{@code application/x-www-form-urlencoded}: the body is {@code payload=<url-encoded JSON>}; Gogs signs the
 *       JSON before encoding it, so the field is decoded byte by byte (no charset round trip) and those bytes are
 *       both verified and parsed.</li>
 * </ul>
 */
@Restricted(NoExternalUse.class)
public final class DeliveryBody {

    /** Far above any Gogs payload (push events carry at most a few commits), far below a memory problem. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String FORM_FIELD = "payload";

    private DeliveryBody() {}

    /**
     * Reads at most {@code maxBytes} from the stream; it stops reading at the first byte beyond, so an oversized
     * request is refused without being buffered.
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException, WebhookDeliveryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The payload JSON bytes of a body received with this {@code Content-Type} header. */
    public static byte[] payloadJson(String contentType, byte[] body) throws WebhookDeliveryException {
        if (body.length > MAX_BYTES) {
            throw tooLarge(MAX_BYTES);
        }
        String mediaType = mediaType(contentType);
        switch (mediaType) {
            case "application/json":
                if (body.length == 0) {
                    throw new WebhookDeliveryException(RejectionReason.MISSING_PAYLOAD, Messages.DeliveryBody_Empty());
                }
                return body;
            case "application/x-www-form-urlencoded":
                return formPayload(body);
            default:
                throw new WebhookDeliveryException(
                        RejectionReason.UNSUPPORTED_CONTENT_TYPE,
                        Messages.DeliveryBody_UnsupportedContentType(printable(mediaType)));
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] formPayload(byte[] body) throws WebhookDeliveryException {
        byte[] found = null;
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            int nameEnd = indexOf(body, (byte) '=', start, end);
            if (FORM_FIELD.equals(new String(percentDecode(body, start, nameEnd), StandardCharsets.UTF_8))) {
                if (found != null) {
                    throw new WebhookDeliveryException(
                            RejectionReason.MALFORMED_PAYLOAD, Messages.DeliveryBody_SeveralPayloadFields());
                }
                found = nameEnd < end ? percentDecode(body, nameEnd + 1, end) : new byte[0];
            }
            start = end + 1;
        }
        if (found == null || found.length == 0) {
            throw new WebhookDeliveryException(RejectionReason.MISSING_PAYLOAD, Messages.DeliveryBody_NoPayloadField());
        }
        return found;
    }

    /** The index of {@code wanted} in {@code body[from, to)}, or {@code to}. */
    private static int indexOf(byte[] body, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    /** application/x-www-form-urlencoded decoding to bytes: {@code +} is a space, {@code %XX} one byte. */
    private static byte[] percentDecode(byte[] body, int from, int to) throws WebhookDeliveryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new WebhookDeliveryException(
                            RejectionReason.MALFORMED_PAYLOAD, Messages.DeliveryBody_BrokenEscape(String.valueOf(i)));
                }
                out.write(high << 4 | low);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static WebhookDeliveryException tooLarge(int maxBytes) {
        return new WebhookDeliveryException(
                RejectionReason.PAYLOAD_TOO_LARGE, Messages.DeliveryBody_TooLarge(String.valueOf(maxBytes)));
    }

    private static String printable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
