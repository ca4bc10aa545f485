package io.jenkins.plugins.gogs.client;

import java.nio.charset.StandardCharsets;

/** Builds API paths from names a user typed: every segment percent-encoded, so no name can change the path. */
final class ApiPath {

    private final StringBuilder path = new StringBuilder();

    private ApiPath() {}

    static ApiPath of(String... literalSegments) {
        ApiPath p = new ApiPath();
        for (String s : literalSegments) {
            p.path.append('/').append(s);
        }
        return p;
    }

    /** Appends one segment (owner, repository, username, numeric id...), encoding '/' too. */
    ApiPath segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A name in the request path is empty");
        }
        checkNotDotSegment(value);
        path.append('/').append(encode(value));
        return this;
    }

    ApiPath segment(long number) {
        path.append('/').append(number);
        return this;
    }

    /**
     * Appends a name that may hold '/' separators (a branch such as {@code feature/x}, a file path): each part is
     * encoded, the separators are kept. Leading, trailing and doubled slashes are dropped.
     */
    ApiPath slashed(String value) {
        if (value == null) {
            throw new IllegalArgumentException("A name in the request path is missing");
        }
        for (String part : value.split("/")) {
            if (!part.isEmpty()) {
                checkNotDotSegment(part);
                path.append('/').append(encode(part));
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private static void checkNotDotSegment(String part) {
        if (part.equals(".") || part.equals("..")) {
            throw new IllegalArgumentException("'" + part + "' is not allowed as a name in a request path");
        }
    }

    /** RFC 3986: everything but unreserved characters is percent-encoded as UTF-8. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
