package dev.ingest.routes.pipeline;

/**
 * Names of the Kafka record headers the pipeline writes, so consumers can route without parsing values. All values
 * are UTF-8 strings.
 */
public final class IngestHeaders {
    private IngestHeaders() {
    }

    /** The id of the source definition that discovered the page: {@code harbour-gazette}. */
    public static final String SOURCE = "ingest-source";
    /** The article record layout version: {@code 1}. */
    public static final String SCHEMA_VERSION = "ingest-schema-version";
    /**
     * {@code application/json} on articles and frontier entries. Spelt as in HTTP: Camel's message headers are case
     * insensitive and write this one as {@code Content-Type} whatever the spelling it was given.
     */
    public static final String CONTENT_TYPE = "Content-Type";
    /** The URL whose processing failed (dead letters). */
    public static final String ORIGINAL_URL = "ingest-original-url";
    /** Why it failed, in a word: {@code HTTP_STATUS}, {@code NOT_HTML}, {@code NOT_AN_ARTICLE}, ... (dead letters). */
    public static final String ERROR_TYPE = "ingest-error-type";
    /** What happened, in a sentence that names the URL (dead letters). */
    public static final String ERROR_MESSAGE = "ingest-error-message";
    /** The HTTP status of the failed fetch, when there was one (dead letters). */
    public static final String HTTP_STATUS = "ingest-http-status";
    /** The id of the route where it failed: {@code fetch-pages} (dead letters). */
    public static final String FAILED_ROUTE = "ingest-failed-route";
    /** When it failed, ISO-8601 (dead letters). */
    public static final String FAILED_AT = "ingest-failed-at";

    /** Exchange property holding the route's input exactly as received; a dead letter carries it as its value. */
    public static final String INPUT_PROPERTY = "ingest.input";
    /** Exchange property holding the URL being worked on. */
    public static final String URL_PROPERTY = "ingest.url";
    /** Exchange property holding the source id being worked on. */
    public static final String SOURCE_PROPERTY = "ingest.source";
}
