package dev.ingest.routes.pipeline;

/** A fetched page held nothing that could be published as an article (e.g. an empty or script-only page). */
public final class NotAnArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotAnArticleException(String message) {
        super(message);
    }
}
