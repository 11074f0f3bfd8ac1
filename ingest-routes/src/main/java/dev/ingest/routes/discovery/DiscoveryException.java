package dev.ingest.routes.discovery;

/** A start point could not be read; {@link #url()} is the feed, sitemap or listing page that failed. */
public final class DiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String url;

    public DiscoveryException(String url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
