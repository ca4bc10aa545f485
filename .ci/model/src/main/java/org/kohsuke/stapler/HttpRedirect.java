// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/HttpRedirect.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.NonNull;

public final class HttpRedirect extends RuntimeException implements HttpResponse {
    public HttpRedirect(@NonNull String url) {
        throw new UnsupportedOperationException();
    }

    public HttpRedirect(int statusCode, @NonNull String url) {
        throw new UnsupportedOperationException();
    }

    public static final HttpRedirect DOT = null;
}
