package dev.ingest.routes.pipeline;

import dev.ingest.core.url.UrlCanonicalizer;
import dev.ingest.routes.discovery.DiscoveredLink;
import dev.ingest.routes.discovery.DiscoveryException;
import dev.ingest.routes.discovery.LinkDiscoverer;
import dev.ingest.routes.source.StartPoint;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a source's start points into frontier entries: links are canonicalised; a URL already published (known to the
 * page state, so also after a restart) or already queued by this process is not queued again, so a story in both the
 * feed and the sitemap is fetched once. Published pages come back through {@link #revisits}.
 */
public final class Discovery {
    private final LinkDiscoverer discoverer;
    private final Clock clock;
    private final PageStateStore states;
    private final FetchPolicies policies;
    private final SourceRegistry sources;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public Discovery(LinkDiscoverer discoverer, PageStateStore states, FetchPolicies policies,
                     SourceRegistry sources, Clock clock) {
        this.discoverer = discoverer;
        this.policies = policies;
        this.sources = sources;
        this.states = states;
        this.clock = clock;
    }

    /** New frontier entries from one start point of a source. */
    public List<FrontierEntry> discover(String sourceId, StartPoint start) throws DiscoveryException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FrontierEntry> entries = new ArrayList<>();
        // the feeds and sitemaps a source names were chosen by its author: robots.txt is applied to the pages
        for (DiscoveredLink link : discoverer.discover(start,
                policies.forSource(sources.find(sourceId), start.url(), false))) {
            Optional<String> canonical = UrlCanonicalizer.findCanonical(link.url());
            if (canonical.isPresent() && states.find(canonical.get()).isEmpty() && queued.add(canonical.get())) {
                entries.add(new FrontierEntry(canonical.get(), sourceId, link.via(), now, link.depth(), link.referrer()));
            }
        }
        return entries;
    }

    /** Frontier entries for recent articles that were not fetched for {@code interval}. */
    public List<FrontierEntry> revisits(java.time.Duration window, java.time.Duration interval) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return states.dueForRevisit(now.minus(window), now.minus(interval)).stream()
                .map(s -> new FrontierEntry(s.url(), s.sourceId(), dev.ingest.core.model.DiscoveryMethod.REVISIT,
                        now, 1, null))
                .toList();
    }
}
