package dev.ingest.routes.fetch;

/**
 * A page could not be fetched. {@link #kind()} says why in a word (it becomes the dead letter's
 * {@code ingest-error-type}), the message says what happened to which URL.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Kind {
        HTTP_STATUS, NOT_HTML, TOO_LARGE, TOO_MANY_REDIRECTS, TIMEOUT, CONNECTION, BAD_URL
    }

    private final Kind kind;
    private final String url;
    private final int status;

    public FetchException(Kind kind, String url, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.url = url;
        this.status = status;
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
}
