package dev.ingest.routes.pipeline;

import dev.ingest.routes.fetch.AddressGuard;
import dev.ingest.routes.fetch.FetchException;
import dev.ingest.routes.fetch.HostGate;
import dev.ingest.routes.fetch.RequestPolicy;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.source.SourceDefinition;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The request policy of a source, for page fetches and discovery alike, in this order for each request and redirect
 * hop: the SSRF guard (unless the source allows private networks), robots.txt, then the host's delay and
 * concurrency slot.
 */
public final class FetchPolicies {
    /** Politeness defaults of the service. */
    public record Defaults(Duration minDelay, Duration maxCrawlDelay, boolean allowPrivateNetwork) {
    }

    private final RobotsPolicy robots;
    private final HostGate gate;
    private final Defaults defaults;

    public FetchPolicies(RobotsPolicy robots, HostGate gate, Defaults defaults) {
        this.robots = robots;
        this.gate = gate;
        this.defaults = defaults;
    }

    public HostGate gate() {
        return gate;
    }

    /** @param checkRobots false for robots.txt itself and for the feeds and sitemaps a source names explicitly */
    public RequestPolicy forSource(Optional<SourceDefinition> source, String originalUrl, boolean checkRobots) {
        boolean allowPrivate = source.map(SourceDefinition::allowPrivateNetwork).orElse(false)
                || defaults.allowPrivateNetwork();
        return target -> {
            if (!allowPrivate) {
                AddressGuard.check(target, originalUrl);
            }
            String url = target.toString();
            if (checkRobots && !robots.isAllowed(url)) {
                throw new FetchException(FetchException.Kind.DISALLOWED, originalUrl, 0,
                        "robots.txt disallows " + url);
            }
            return gate.enter(target.getHost().toLowerCase(Locale.ROOT), delayFor(url, source));
        };
    }

    private Duration delayFor(String url, Optional<SourceDefinition> source) {
        Duration own = source.map(SourceDefinition::minDelay).orElse(null);
        Duration delay = own == null ? defaults.minDelay() : own;
        Optional<Duration> crawlDelay = robots.crawlDelay(url);
        if (crawlDelay.isPresent()) {
            Duration capped = crawlDelay.get().compareTo(defaults.maxCrawlDelay()) > 0
                    ? defaults.maxCrawlDelay() : crawlDelay.get();
            delay = capped.compareTo(delay) > 0 ? capped : delay;
        }
        return delay;
    }
}
