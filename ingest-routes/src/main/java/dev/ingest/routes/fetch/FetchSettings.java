package dev.ingest.routes.fetch;

import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import java.time.Duration;

/**
 * Limits of one fetcher: {@code new FetchSettings("ingest/0.1 (+https://…)", 10s, 30s, 10 MiB, 5)}.
 *
 * @param readTimeout  the whole response, headers and body, must arrive within this time
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                            int maxRedirects) {

    /** The fetch limits a configuration sets. */
    public static FetchSettings of(IngestConfig config) {
        return new FetchSettings(config.get(Settings.USER_AGENT), config.get(Settings.CONNECT_TIMEOUT),
                config.get(Settings.READ_TIMEOUT), config.get(Settings.MAX_BODY_BYTES),
                config.get(Settings.MAX_REDIRECTS));
    }
}
