package dev.ingest.routes.fetch;

import java.time.OffsetDateTime;

/**
 * A fetched response: the final URL after redirects, the status, the declared content type, the decoded body bytes
 * (content-encoding removed, charset untouched), the validators for a later conditional GET, and when it arrived.
 * A {@code 304 Not Modified} answer to a conditional GET has status 304 and an empty body.
 *
 * @param etag          the {@code ETag} header, or null
 * @param lastModified  the {@code Last-Modified} header as sent, or null
 */
public record FetchedPage(String requestedUrl, String finalUrl, int status, String contentType, byte[] body,
                          OffsetDateTime fetchedAt, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
