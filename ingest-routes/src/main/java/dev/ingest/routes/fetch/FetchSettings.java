package dev.ingest.routes.fetch;

import java.time.Duration;

/**
 * Limits of one fetcher: {@code new FetchSettings("ingest/0.1 (+https://…)", 10s, 30s, 10 MiB, 5)}.
 *
 * @param readTimeout  the whole response, headers and body, must arrive within this time
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                            int maxRedirects) {
}
