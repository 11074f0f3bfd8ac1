package dev.ingest.routes.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the pipeline did since start-up, in total and per source: Prometheus metrics (through Micrometer), the
 * figures and last errors of the status page, and {@link #settled()}, which tells when every URL queued so far has
 * reached an end (how {@code ingest demo} and the tests know a crawl is done).
 *
 * <p>Metric names: {@code ingest_pages_discovered_total}, {@code ingest_pages_fetched_total},
 * {@code ingest_fetch_bytes_total}, {@code ingest_fetch_seconds} (histogram), {@code ingest_articles_published_total},
 * {@code ingest_pages_unchanged_total}, {@code ingest_articles_tombstoned_total}, {@code ingest_pages_skipped_total},
 * {@code ingest_fetch_retries_total}, {@code ingest_dead_letters_total} (tag {@code type}); all tagged
 * {@code source}.
 */
public final class PipelineCounters {
    private static final int LAST_ERRORS = 5;

    private final MeterRegistry registry;
    private final AtomicLong discoveryRuns = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong tombstoned = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong pendingRetries = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong pagesDeadLettered = new AtomicLong();
    private final Map<String, PerSource> sources = new ConcurrentHashMap<>();

    /** One failure as the status page shows it. */
    public record LastError(Instant at, String url, String type, String message) {
    }

    /** A source's figures for the status page. */
    public record SourceStatus(String sourceId, Instant lastDiscovery, long discovered, long fetched, long published,
                               long unchanged, long failed, List<LastError> lastErrors) {
    }

    private final class PerSource {
        final String id;
        final Counter discovered;
        final Counter fetched;
        final DistributionSummary bytes;
        final Timer latency;
        final Counter publishedC;
        final Counter unchangedC;
        final Counter tombstonedC;
        final Counter skippedC;
        final Counter retriesC;
        final AtomicLong failed = new AtomicLong();
        final AtomicReference<Instant> lastDiscovery = new AtomicReference<>();
        final Deque<LastError> lastErrors = new ArrayDeque<>();

        PerSource(String id) {
            this.id = id;
            discovered = Counter.builder("ingest.pages.discovered").tag("source", id)
                    .description("URLs queued on the frontier").register(registry);
            fetched = Counter.builder("ingest.pages.fetched").tag("source", id)
                    .description("pages fetched (any status)").register(registry);
            bytes = DistributionSummary.builder("ingest.fetch.bytes").baseUnit("bytes").tag("source", id)
                    .description("bytes of fetched bodies").register(registry);
            latency = Timer.builder("ingest.fetch").tag("source", id).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(60))
                    .description("time to fetch a page, politeness waits excluded").register(registry);
            publishedC = Counter.builder("ingest.articles.published").tag("source", id).register(registry);
            unchangedC = Counter.builder("ingest.pages.unchanged").tag("source", id).register(registry);
            tombstonedC = Counter.builder("ingest.articles.tombstoned").tag("source", id).register(registry);
            skippedC = Counter.builder("ingest.pages.skipped").tag("source", id).register(registry);
            retriesC = Counter.builder("ingest.fetch.retries").tag("source", id).register(registry);
        }

        SourceStatus status() {
            synchronized (lastErrors) {
                return new SourceStatus(id, lastDiscovery.get(), (long) discovered.count(), (long) fetched.count(),
                        (long) publishedC.count(), (long) unchangedC.count(), failed.get(), List.copyOf(lastErrors));
            }
        }
    }

    public PipelineCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counters that are not exported anywhere: for tools and tests. */
    public PipelineCounters() {
        this(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    private PerSource of(String sourceId) {
        return sources.computeIfAbsent(sourceId == null || sourceId.isEmpty() ? "unknown" : sourceId,
                PerSource::new);
    }

    public void discoveryRunCompleted(String sourceId, Instant at) {
        of(sourceId).lastDiscovery.set(at);
        discoveryRuns.incrementAndGet();
    }

    public void queued(String sourceId) {
        of(sourceId).discovered.increment();
        queued.incrementAndGet();
    }

    public void fetched(String sourceId, long bodyBytes, Duration took) {
        PerSource s = of(sourceId);
        s.fetched.increment();
        s.bytes.record(bodyBytes);
        s.latency.record(took);
    }

    public void published(String sourceId) {
        of(sourceId).publishedC.increment();
        published.incrementAndGet();
    }

    public void skipped(String sourceId) {
        of(sourceId).skippedC.increment();
        skipped.incrementAndGet();
    }

    public void unchanged(String sourceId) {
        of(sourceId).unchangedC.increment();
        unchanged.incrementAndGet();
    }

    public void tombstoned(String sourceId) {
        of(sourceId).tombstonedC.increment();
        tombstoned.incrementAndGet();
    }

    /** An entry was handed back to be queued again later (which counts as a new queued entry then). */
    public void retried(String sourceId) {
        of(sourceId).retriesC.increment();
        retried.incrementAndGet();
    }

    /** A retry was scheduled ({@code +1}) or has been queued ({@code -1}). */
    public void pendingRetries(int delta) {
        pendingRetries.addAndGet(delta);
    }

    /** A dead letter was written; {@code forQueuedPage} when it ends the life of a frontier entry. */
    public void deadLettered(String sourceId, String type, String url, String message, Instant at,
                             boolean forQueuedPage) {
        PerSource s = of(sourceId);
        s.failed.incrementAndGet();
        registry.counter("ingest.dead.letters", "source", s.id, "type", type).increment();
        synchronized (s.lastErrors) {
            s.lastErrors.addFirst(new LastError(at, url, type, message));
            while (s.lastErrors.size() > LAST_ERRORS) {
                s.lastErrors.removeLast();
            }
        }
        deadLettered.incrementAndGet();
        if (forQueuedPage) {
            pagesDeadLettered.incrementAndGet();
        }
    }

    /** Every source seen so far, by id. */
    public List<SourceStatus> sources() {
        Map<String, SourceStatus> sorted = new TreeMap<>();
        sources.values().forEach(s -> sorted.put(s.id, s.status()));
        return List.copyOf(sorted.values());
    }

    public long discoveryRuns() {
        return discoveryRuns.get();
    }

    public long queuedCount() {
        return queued.get();
    }

    public long publishedCount() {
        return published.get();
    }

    public long skippedCount() {
        return skipped.get();
    }

    public long unchangedCount() {
        return unchanged.get();
    }

    public long tombstonedCount() {
        return tombstoned.get();
    }

    public long retriedCount() {
        return retried.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** True when every queued URL has reached an end: published, unchanged, gone, skipped, retried or dead-lettered. */
    public boolean settled() {
        return published.get() + unchanged.get() + tombstoned.get() + skipped.get() + pagesDeadLettered.get()
                + retried.get() >= queued.get() && pendingRetries.get() == 0;
    }
}
