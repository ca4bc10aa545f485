package io.jenkins.plugins.gogs.client;

/**
 * A Gogs request that did not succeed. Each subclass is one meaning a caller can act on; every message names the HTTP
 * method, the path and the status, and never a credential (the client sends those only in headers).
 *
 * <p>Unchecked on purpose: lists are also offered as lazy {@link java.util.stream.Stream}s and fetched on worker
 * threads, where checked exceptions would have to be wrapped anyway, and callers (Jenkins adapters) handle failures
 * at one boundary (a form validation, a step, a scan) rather than at every call.
 */
public class GogsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String detail;

    /**
     * @param method  the HTTP method
     * @param path    the request path, without query
     * @param status  the HTTP status, or 0 when no response came
     * @param meaning what went wrong, for a person
     * @param detail  what the server said (e.g. Gogs' validation message) or what failed locally, or null
     */
    public GogsException(String method, String path, int status, String meaning, String detail, Throwable cause) {
        super(
                meaning + ": " + method + " " + path + (status > 0 ? " (HTTP " + status + ")" : "")
                        + (detail == null || detail.isBlank() ? "" : ": " + detail),
                cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail == null || detail.isBlank() ? null : detail;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The HTTP status, or 0 when the server gave no response. */
    public int status() {
        return status;
    }

    /** What the server said (for example Gogs' message on a 422), or a local cause; null when there is none. */
    public String detail() {
        return detail;
    }
}
