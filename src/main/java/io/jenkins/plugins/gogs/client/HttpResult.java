package io.jenkins.plugins.gogs.client;

/**
 * A whole response: status, the headers the client reads (its {@code Date} dates the snapshot a listing page came
 * from, see {@link ListingProof}), and the body (read completely).
 */
record HttpResult(int status, String contentType, String link, String date, byte[] body) {

    boolean hasBody() {
        return body.length > 0;
    }

    boolean looksLikeHtml() {
        if (contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            return true;
        }
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }
}
