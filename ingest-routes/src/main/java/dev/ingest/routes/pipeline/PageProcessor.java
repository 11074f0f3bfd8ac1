package dev.ingest.routes.pipeline;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.core.model.PageType;
import dev.ingest.routes.fetch.Backoff;
import dev.ingest.routes.fetch.FetchException;
import dev.ingest.routes.fetch.FetchedPage;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RequestPolicy;
import dev.ingest.routes.source.SourceDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Fetches and extracts one frontier entry, politely and safely: each request and redirect hop passes the source's
 * {@link FetchPolicies} (SSRF guard, robots.txt, the host's delay and concurrency). A page published
 * before is fetched conditionally (ETag / Last-Modified); unchanged content is not published again, changed content
 * becomes the next revision, and a published page that now answers 404/410 becomes a tombstone. A failure worth
 * retrying (timeout, 429, 5xx) comes back as a {@link PageOutcome.Retry} with exponential back-off and jitter, at
 * least the server's Retry-After, and a 429/503 pauses the whole host; once the attempts are used up, and for any
 * other failure, the exception goes to the routes' dead-letter policy. This class never swallows one.
 */
public final class PageProcessor {
    private final PageFetcher fetcher;
    private final ArticleExtractor extractor;
    private final SourceRegistry sources;
    private final FetchPolicies policies;
    private final PageStateStore states;
    private final Backoff backoff;
    private final PipelineCounters counters;
    private final Clock clock;

    public PageProcessor(PageFetcher fetcher, ArticleExtractor extractor, SourceRegistry sources,
                         FetchPolicies policies, PageStateStore states, Backoff backoff, PipelineCounters counters,
                         Clock clock) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.sources = sources;
        this.policies = policies;
        this.states = states;
        this.backoff = backoff;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * @throws FetchException         the page could not be fetched (status, type, size, time)
     * @throws NotAnArticleException  the page has no article content at all
     */
    public PageOutcome process(FrontierEntry entry) throws FetchException, NotAnArticleException,
            InterruptedException {
        Optional<SourceDefinition> source = sources.find(entry.sourceId());
        Duration paused = policies.gate().pausedFor(entry.host());
        if (!paused.isZero()) {
            // the host asked us to wait (429/503): this page waits too, without holding up other hosts
            return new PageOutcome.Retry(entry, paused, "host paused");
        }
        Optional<PageState> known = states.find(entry.url()).filter(st -> !st.gone());
        FetchedPage page;
        RequestPolicy policy = policies.forSource(source, entry.url(), true);
        long started = System.nanoTime();
        try {
            page = fetcher.fetchHtml(entry.url(), known.map(PageState::etag).orElse(null),
                    known.map(PageState::lastModified).orElse(null), policy);
            counters.fetched(entry.sourceId(), page.body().length, Duration.ofNanos(System.nanoTime() - started));
        } catch (FetchException e) {
            if (e.status() > 0) {
                counters.fetched(entry.sourceId(), 0, Duration.ofNanos(System.nanoTime() - started));
            }
            return afterFailure(entry, known, e);
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

    /** A failed fetch as an outcome: robots, gone, or a retry; anything else is thrown on to the dead letters. */
    private PageOutcome afterFailure(FrontierEntry entry, Optional<PageState> known, FetchException e)
            throws FetchException {
        if (e.kind() == FetchException.Kind.DISALLOWED) {
            return new PageOutcome.Skip("robots", entry.url());
        }
        if (known.isPresent() && (e.status() == 404 || e.status() == 410)) {
            return new PageOutcome.Gone(known.get().goneAt(now()));
        }
        if (e.retryable() && backoff.allowsRetry(entry.attempt())) {
            Duration after = backoff.delay(entry.attempt(), e.retryAfter());
            if (e.status() == 429 || e.status() == 503) {
                policies.gate().pause(entry.host(), after);
            }
            return new PageOutcome.Retry(entry.nextAttempt(), after, e.getMessage());
        }
        throw e;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
