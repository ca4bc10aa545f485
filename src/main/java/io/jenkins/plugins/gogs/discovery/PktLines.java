package io.jenkins.plugins.gogs.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Splits git's pkt-line framing: each packet is four hex digits giving its length (the four digits included),
 * then the payload; {@code 0000} is a flush packet. Payloads are returned without their trailing newline; a flush
 * packet is returned as {@link #FLUSH}.
 */
@Restricted(NoExternalUse.class)
final class PktLines {

    /** Stands for a flush packet ({@code 0000}) in the returned list. */
    static final String FLUSH = "\u0000flush";

    private PktLines() {}

    static List<String> split(byte[] data) {
        List<String> packets = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            if (at + 4 > data.length) {
                throw new IllegalArgumentException("a packet header is cut off at byte " + at);
            }
            int length = hexLength(data, at);
            if (length == 0) {
                packets.add(FLUSH);
                at += 4;
                continue;
            }
            if (length < 4) {
                // 0001 (delimiter) and 0002 (response end) exist only in protocol v2, which was not asked for.
                throw new IllegalArgumentException(
                        "unexpected special packet " + length + " at byte " + at + " (protocol v2?)");
            }
            if (at + length > data.length) {
                throw new IllegalArgumentException("a packet of " + length + " bytes at byte " + at
                        + " runs past the end (" + data.length + " bytes)");
            }
            int end = at + length;
            if (data[end - 1] == '\n') {
                end--;
            }
            packets.add(new String(data, at + 4, end - at - 4, StandardCharsets.UTF_8));
            at += length;
        }
        return packets;
    }

    private static int hexLength(byte[] data, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(data[i], 16);
            if (digit < 0) {
                throw new IllegalArgumentException(
                        "not a packet length at byte " + at + ": '" + printable(data, at) + "'");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static String printable(byte[] data, int at) {
        StringBuilder out = new StringBuilder();
        for (int i = at; i < Math.min(at + 4, data.length); i++) {
            char c = (char) (data[i] & 0xff);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
