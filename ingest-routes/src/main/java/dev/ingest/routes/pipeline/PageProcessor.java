package dev.ingest.routes.pipeline;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.core.model.PageType;
import dev.ingest.routes.fetch.FetchException;
import dev.ingest.routes.fetch.FetchedPage;
import dev.ingest.routes.fetch.HostGate;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.source.SourceDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Fetches and extracts one frontier entry, politely: robots.txt is obeyed, and requests to one host are spaced by
 * the source's (or the service's) minimum delay, or the host's Crawl-delay when that is longer. A page published
 * before is fetched conditionally (ETag / Last-Modified); unchanged content is not published again, changed content
 * becomes the next revision, and a published page that now answers 404/410 becomes a tombstone. Failures are
 * exceptions that the routes' dead-letter policy turns into dead letters; this class never swallows one.
 */
public final class PageProcessor {
    /** Politeness defaults of the service. */
    public record Politeness(Duration minDelay, Duration maxCrawlDelay) {
    }

    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final SourceRegistry sources;
    private final RobotsPolicy robots;
    private final HostGate gate;
    private final Politeness politeness;
    private final PageStateStore states;
    private final Clock clock;

    public PageProcessor(PageFetcher fetcher, ArticleExtractor extractor, SourceRegistry sources, RobotsPolicy robots,
                         HostGate gate, Politeness politeness, PageStateStore states, Clock clock) {
        this.states = states;
        this.clock = clock;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.sources = sources;
        this.robots = robots;
        this.gate = gate;
        this.politeness = politeness;
    }

    /**
     * @throws FetchException         the page could not be fetched (status, type, size, time)
     * @throws NotAnArticleException  the page has no article content at all
     */
    @SuppressWarnings("try") // the permit is held for the duration of the fetch
    public PageOutcome process(FrontierEntry entry) throws FetchException, NotAnArticleException,
            InterruptedException {
        Optional<SourceDefinition> source = sources.find(entry.sourceId());
        if (!robots.isAllowed(entry.url())) {
            return new PageOutcome.Skip("robots", entry.url());
        }
        Optional<PageState> known = states.find(entry.url()).filter(st -> !st.gone());
        FetchedPage page;
        try (HostGate.Permit ignored = gate.enter(entry.host(), delayFor(entry.url(), source))) {
            page = fetcher.fetchHtml(entry.url(), known.map(PageState::etag).orElse(null),
                    known.map(PageState::lastModified).orElse(null));
        } catch (FetchException e) {
            if (known.isPresent() && (e.status() == 404 || e.status() == 410)) {
                return new PageOutcome.Gone(known.get().goneAt(now()));
            }
            throw e;
        }
        if (page.notModified() && known.isPresent()) {
            return new PageOutcome.Unchanged(known.get().seenAt(page.fetchedAt()));
        }
        ExtractionRules rules = source.map(SourceDefinition::extraction).orElse(ExtractionRules.NONE);
        Extraction extraction = extractor.extract(page.body(), page.contentType(), page.finalUrl(), page.fetchedAt(),
                rules);
        if (extraction.pageType() == PageType.EMPTY) {
            throw new NotAnArticleException("no article content found on " + page.finalUrl()
                    + " (" + extraction.text().length() + " characters of text after cleaning)");
        }
        if (extraction.pageType() == PageType.LISTING) {
            return new PageOutcome.Skip("listing", page.finalUrl());
        }
        FetchInfo fetch = new FetchInfo(page.finalUrl(), entry.sourceId(), page.fetchedAt(), page.status(),
                entry.discoveredVia(), 1);
        Article article = Articles.assemble(extraction, fetch);
        Optional<PageState> previous = states.find(entry.url());
        if (previous.isPresent() && !previous.get().gone()
                && previous.get().contentHash().equals(article.contentHash())) {
            return new PageOutcome.Unchanged(previous.get().seenAt(page.fetchedAt()));
        }
        int revision = previous.map(p -> p.revision() + 1).orElse(1);
        article = article.withRevision(revision);
        PageState state = new PageState(entry.url(), article.id(), entry.sourceId(), article.contentHash(), revision,
                page.etag(), page.lastModified(), article.published(), page.fetchedAt(), false);
        return new PageOutcome.Publish(article, state);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Duration delayFor(String url, Optional<SourceDefinition> source) {
        Duration own = source.map(SourceDefinition::minDelay).orElse(null);
        Duration delay = own == null ? politeness.minDelay() : own;
        Optional<Duration> crawlDelay = robots.crawlDelay(url);
        if (crawlDelay.isPresent()) {
            Duration capped = crawlDelay.get().compareTo(politeness.maxCrawlDelay()) > 0
                    ? politeness.maxCrawlDelay() : crawlDelay.get();
            delay = capped.compareTo(delay) > 0 ? capped : delay;
        }
        return delay;
    }
}
