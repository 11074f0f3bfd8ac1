package dev.ingest.routes.fetch;

/**
 * A page could not be fetched. {@link #kind()} says why in a word (it becomes the dead letter's
 * {@code ingest-error-type}), the message says what happened to which URL.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Kind {
        HTTP_STATUS, NOT_HTML, TOO_LARGE, TOO_MANY_REDIRECTS, TIMEOUT, CONNECTION, BAD_URL, DISALLOWED, BLOCKED
    }

    private final Kind kind;
    private final String url;
    private final int status;
    private final java.time.Duration retryAfter;

    public FetchException(Kind kind, String url, int status, String message, Throwable cause) {
        this(kind, url, status, message, cause, null);
    }

    /** @param retryAfter what the server's {@code Retry-After} header asked for, or null */
    public FetchException(Kind kind, String url, int status, String message, Throwable cause,
                          java.time.Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.url = url;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchException(Kind kind, String url, int status, String message) {
        this(kind, url, status, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int status() {
        return status;
    }

    /** The wait the server asked for ({@code Retry-After}), if it did. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    /**
     * True when trying again later may succeed: timeouts, refused or reset connections, 429, 408 and 5xx. A 404, a
     * PDF or an oversized page will be the same next time.
     */
    public boolean retryable() {
        return switch (kind) {
            case TIMEOUT, CONNECTION -> true;
            case HTTP_STATUS -> status == 429 || status == 408 || status >= 500;
            default -> false;
        };
    }
}
