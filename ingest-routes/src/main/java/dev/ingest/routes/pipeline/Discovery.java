package dev.ingest.routes.pipeline;

import dev.ingest.core.url.UrlCanonicalizer;
import dev.ingest.routes.discovery.DiscoveredLink;
import dev.ingest.routes.discovery.DiscoveryException;
import dev.ingest.routes.discovery.LinkDiscoverer;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.core.model.DiscoveryMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a source's start points into frontier entries: links are canonicalised; a URL already published (known to the
 * page state, so also after a restart) or queued by this process within {@code requeueAfter} is not queued again, so
 * a story in both the feed and the sitemap is fetched once, and a page whose fetch failed is tried again a day later
 * rather than never. Published pages come back through {@link #revisits}.
 */
public final class Discovery {
    private final LinkDiscoverer discoverer;
    private final Clock clock;
    private final PageStateStore states;
    private final FetchPolicies policies;
    private final SourceRegistry sources;
    private final Duration requeueAfter;
    /** URL → when this process queued it; entries older than {@code requeueAfter} are forgotten. */
    private final Map<String, Instant> queued = new ConcurrentHashMap<>();

    /**
     * @param requeueAfter how long a queued URL that never got published (its page failed and was dead-lettered)
     *                     is left alone before discovery may queue it again
     */
    public Discovery(LinkDiscoverer discoverer, PageStateStore states, FetchPolicies policies,
                     SourceRegistry sources, Duration requeueAfter, Clock clock) {
        this.requeueAfter = requeueAfter;
        this.discoverer = discoverer;
        this.policies = policies;
        this.sources = sources;
        this.states = states;
        this.clock = clock;
    }

    /** New frontier entries from one start point of a source. */
    public List<FrontierEntry> discover(String sourceId, StartPoint start) throws DiscoveryException {
        Instant instant = clock.instant();
        OffsetDateTime now = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        queued.values().removeIf(at -> at.isBefore(instant.minus(requeueAfter)));
        List<FrontierEntry> entries = new ArrayList<>();
        // the feeds and sitemaps a source names were chosen by its author: robots.txt is applied to the pages
        for (DiscoveredLink link : discoverer.discover(start,
                policies.forSource(sources.find(sourceId), start.url(), false))) {
            Optional<String> canonical = UrlCanonicalizer.findCanonical(link.url());
            if (canonical.isPresent() && states.find(canonical.get()).isEmpty()
                    && queued.putIfAbsent(canonical.get(), instant) == null) {
                entries.add(new FrontierEntry(canonical.get(), sourceId, link.via(), now, link.depth(), link.referrer()));
            }
        }
        return entries;
    }

    /** Frontier entries for recent articles that were not fetched for {@code interval}. */
    public List<FrontierEntry> revisits(Duration window, Duration interval) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return states.dueForRevisit(now.minus(window), now.minus(interval)).stream()
                .map(s -> new FrontierEntry(s.url(), s.sourceId(), DiscoveryMethod.REVISIT, now, 1, null))
                .toList();
    }
}
