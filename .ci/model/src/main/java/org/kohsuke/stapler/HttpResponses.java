// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/HttpResponses.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import java.net.URL;

public class HttpResponses {
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() {
            throw new UnsupportedOperationException();
        }

        public HttpResponseException(String message) {
            throw new UnsupportedOperationException();
        }

        public HttpResponseException(String message, Throwable cause) {
            throw new UnsupportedOperationException();
        }

        public HttpResponseException(Throwable cause) {
            throw new UnsupportedOperationException();
        }
    }

    public static HttpResponseException ok() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException notFound() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException forbidden() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException status(final int code) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException error(int code, String errorMessage) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException error(Throwable cause) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException error(final int code, final Throwable cause) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException errorWithoutStack(final int code, final String errorMessage) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException wrap(HttpResponse delegate) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException redirectViaContextPath(String relative) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException redirectViaContextPath(final int statusCode, final String relative) {
        throw new UnsupportedOperationException();
    }

    public static HttpRedirect redirectTo(String url) {
        throw new UnsupportedOperationException();
    }

    public static HttpRedirect redirectTo(int statusCode, String url) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse redirectToDot() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException redirectToContextRoot() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponseException forwardToPreviousPage() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse staticResource(URL resource) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse literalHtml(final String text) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse text(final String text) {
        throw new UnsupportedOperationException();
    }
}
