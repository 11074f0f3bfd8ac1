package dev.ingest.routes.camel;

import dev.ingest.routes.support.DaemonThreads;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.url.UrlCanonicalizer;
import dev.ingest.routes.pipeline.Discovery;
import dev.ingest.routes.pipeline.FrontierCodec;
import dev.ingest.routes.pipeline.FrontierEntry;
import dev.ingest.routes.pipeline.IngestHeaders;
import dev.ingest.routes.pipeline.PageOutcome;
import dev.ingest.routes.pipeline.PageState;
import dev.ingest.routes.pipeline.PageStateStore;
import dev.ingest.routes.pipeline.PageProcessor;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.pipeline.SourceRegistry;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's routes. Discovery is one route template stamped out per source ({@code discover-<source-id>});
 * everything after the frontier is shared:
 *
 * <pre>
 * discover-&lt;id&gt; (timer) ─► discover-start-point ─┐
 * discover-on-assignment ─┘ (first runs)          │
 * revisit-recent (timer) ─────────────────────────┤
 * hand-written routes ─► enqueue-url ─────────────┴► queue-frontier ─► ingest.frontier
 * ingest.frontier ─► fetch-pages ─┬► publish-article ───► ingest.articles (then ingest.state)
 *                                 ├► publish-tombstone ─► ingest.articles (null value)
 *                                 ├► retry later (timeout, 429, 5xx): back to queue-frontier after a back-off
 *                                 └► unchanged / skipped: nothing published
 * failures of any route ─► dead-letter ─► ingest.dead-letter
 * </pre>
 *
 * <p>With several instances, each discovers and revisits only the hosts whose frontier partition it consumes
 * ({@link FrontierOwnership}), so every request to a host comes from one process and keeps the host's delay; when a
 * partition comes to an instance, the start points on its hosts that this instance has not discovered within their
 * schedule are discovered at once, and so are the start points on its hosts of a source added while it runs.
 */
public final class IngestRoutes extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRoutes.class);

    public static final String DISCOVERY_TEMPLATE = "source-discovery";
    public static final String START_POINT_ROUTE = "discover-start-point";
    public static final String FETCH_ROUTE = "fetch-pages";
    public static final String PUBLISH_ROUTE = "publish-article";
    public static final String TOMBSTONE_ROUTE = "publish-tombstone";
    public static final String REVISIT_ROUTE = "revisit-recent";
    public static final String DEAD_LETTER_ROUTE = "dead-letter";
    public static final String ASSIGNMENT_DISCOVERY_ROUTE = "discover-on-assignment";
    private static final String ASSIGNMENT_DISCOVERY_ENDPOINT = "seda:" + ASSIGNMENT_DISCOVERY_ROUTE;
    static final String DEAD_LETTER_ENDPOINT = "direct:" + DEAD_LETTER_ROUTE;
    private static final String START_POINT_ENDPOINT = "direct:" + START_POINT_ROUTE;
    private static final String PUBLISH_ENDPOINT = "direct:" + PUBLISH_ROUTE;
    private static final String TOMBSTONE_ENDPOINT = "direct:" + TOMBSTONE_ROUTE;
    /** Queues a {@link FrontierEntry} body on the frontier. */
    public static final String FRONTIER_ENDPOINT = "direct:queue-frontier";
    /**
     * For hand-written routes: queues the URL in the body for the source named by the {@code ingest-source} header,
     * e.g. {@code .setHeader("ingest-source", constant("city-hall")).to(IngestRoutes.ENQUEUE_URL_ENDPOINT)}.
     */
    public static final String ENQUEUE_URL_ENDPOINT = "direct:enqueue-url";

    private final Topics topics;
    private final String groupId;
    private final int workers;
    private final SourceRegistry sources;
    private final Discovery discovery;
    private final PageProcessor pages;
    private final PipelineCounters counters;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final PageStateStore states;
    private final Revisits revisits;
    private final FrontierOwnership ownership;
    /** When this instance last discovered a start point, by source id and URL. */
    private final Map<String, Instant> lastDiscovered = new ConcurrentHashMap<>();
    private ProducerTemplate producer;
    private final ScheduledExecutorService retryTimer = DaemonThreads.scheduler("ingest-retry-timer");

    /** How recent articles are fetched again: those published within {@code window}, every {@code interval}. */
    public record Revisits(Duration window, Duration interval) {
    }

    public IngestRoutes(Topics topics, String groupId, int workers, SourceRegistry sources, Discovery discovery,
                        PageProcessor pages, PageStateStore states, Revisits revisits, FrontierOwnership ownership,
                        PipelineCounters counters, Clock clock) {
        this.ownership = ownership;
        this.workers = workers;
        this.states = states;
        this.revisits = revisits;
        this.topics = topics;
        this.groupId = groupId;
        this.sources = sources;
        this.discovery = discovery;
        this.pages = pages;
        this.counters = counters;
        this.deadLetters = new DeadLetters(clock, counters);
        this.clock = clock;
    }

    /** The route id of a source's discovery route: {@code discover-harbour-gazette}. */
    public static String discoveryRouteId(String sourceId) {
        return "discover-" + sourceId;
    }

    @Override
    public void configure() {
        ownership.onAssigned(this::partitionsAssigned);
        // the timer makes the runs after the first one: a source's first run comes with its partition
        // (partitionsAssigned) or, for a source added to a running pipeline, from discoverNow. A Camel timer added to
        // a running context skips a run due at once (delay=0) if it fires before its consumer counts as started, so
        // the first run is never left to the timer.
        routeTemplate(DISCOVERY_TEMPLATE)
                .templateParameter("sourceId")
                .templateParameter("periodMs")
                .from("timer:discover-{{sourceId}}?delay={{periodMs}}&fixedRate=false&period={{periodMs}}")
                .setProperty(IngestHeaders.SOURCE_PROPERTY, constant("{{sourceId}}"))
                .process(this::listStartPoints)
                .split(body())
                    .to(START_POINT_ENDPOINT)
                .end()
                .process(this::discoveryRunCompleted);

        from(ASSIGNMENT_DISCOVERY_ENDPOINT).routeId(ASSIGNMENT_DISCOVERY_ROUTE)
                .setProperty(IngestHeaders.SOURCE_PROPERTY, header(IngestHeaders.SOURCE))
                .split(body())
                    .to(START_POINT_ENDPOINT)
                .end()
                .process(this::discoveryRunCompleted);

        from(START_POINT_ENDPOINT).routeId(START_POINT_ROUTE)
                .process(this::discoverStartPoint)
                .split(body())
                    .to(FRONTIER_ENDPOINT)
                .end();

        from("timer:revisit-recent?delay=" + revisits.interval().toMillis() + "&period="
                + revisits.interval().toMillis())
                .routeId(REVISIT_ROUTE)
                .process(e -> e.getMessage().setBody(discovery.revisits(revisits.window(), revisits.interval())
                        .stream().filter(entry -> ownership.owns(entry.host())).toList()))
                .split(body())
                    .to(FRONTIER_ENDPOINT)
                .end();

        from(ENQUEUE_URL_ENDPOINT).routeId("enqueue-url")
                .process(this::urlToFrontierEntry)
                .to(FRONTIER_ENDPOINT);

        from(FRONTIER_ENDPOINT).routeId("queue-frontier")
                .process(this::toFrontierRecord)
                .to("kafka:" + topics.frontier())
                .process(e -> counters.queued(e.getMessage().getHeader(IngestHeaders.SOURCE, String.class)));

        from("kafka:" + topics.frontier() + "?groupId=" + groupId + "&autoOffsetReset=earliest&consumersCount="
                + workers)
                .routeId(FETCH_ROUTE)
                .process(this::fetchAndExtract)
                .choice()
                    .when(body().isInstanceOf(PageOutcome.Publish.class))
                        .to(PUBLISH_ENDPOINT)
                    .when(body().isInstanceOf(PageOutcome.Gone.class))
                        .to(TOMBSTONE_ENDPOINT)
                    .when(body().isInstanceOf(PageOutcome.Unchanged.class))
                        .process(this::unchanged)
                    .when(body().isInstanceOf(PageOutcome.Retry.class))
                        .process(this::retryLater)
                    .otherwise()
                        .process(this::skipped)
                .end();

        from(PUBLISH_ENDPOINT).routeId(PUBLISH_ROUTE)
                .process(this::toArticleRecord)
                .to("kafka:" + topics.articles())
                .process(this::published);

        from(TOMBSTONE_ENDPOINT).routeId(TOMBSTONE_ROUTE)
                .process(this::toTombstone)
                .to("kafka:" + topics.articles())
                .process(this::tombstoned);

        from(DEAD_LETTER_ENDPOINT).routeId(DEAD_LETTER_ROUTE)
                .process(deadLetters::describe)
                .to("kafka:" + topics.deadLetter())
                .process(deadLetters::written);
    }

    private static final String STATE_PROPERTY = "ingest.state";

    private void listStartPoints(Exchange exchange) {
        String sourceId = exchange.getProperty(IngestHeaders.SOURCE_PROPERTY, String.class);
        SourceDefinition source = sources.expect(sourceId);
        exchange.getMessage().setBody(source.enabled()
                ? source.startPoints().stream().filter(s -> ownership.ownsHostOf(s.url())).toList()
                : List.of());
    }

    /** One template for the messages this class sends from outside a route (retries, discovery on assignment). */
    private synchronized ProducerTemplate producer() {
        if (producer == null) {
            producer = getContext().createProducerTemplate();
        }
        return producer;
    }

    /** Counts a run that discovered start points; a run that found none of them on this instance's hosts is not one. */
    private void discoveryRunCompleted(Exchange exchange) {
        if (!exchange.getMessage().getBody(List.class).isEmpty()) {
            counters.discoveryRunCompleted(exchange.getProperty(IngestHeaders.SOURCE_PROPERTY, String.class),
                    clock.instant());
        }
    }

    private void discoverStartPoint(Exchange exchange) throws Exception {
        StartPoint start = exchange.getMessage().getBody(StartPoint.class);
        String sourceId = exchange.getProperty(IngestHeaders.SOURCE_PROPERTY, String.class);
        exchange.setProperty(IngestHeaders.URL_PROPERTY, start.url());
        exchange.setProperty(IngestHeaders.INPUT_PROPERTY, start.kind().wireName() + " " + start.url());
        String key = sourceId + " " + start.url();
        List<FrontierEntry> entries = ownership.whileOwned(FrontierOwnership.hostOf(start.url()), () -> {
            lastDiscovered.put(key, clock.instant());
            return discovery.discover(sourceId, start);
        });
        if (entries == null) {
            lastDiscovered.remove(key); // due again when its partition comes back
            LOG.info("not discovering source={} url={}: its host went to another instance", sourceId, start.url());
            entries = List.of();
        } else {
            LOG.info("discovered source={} url={} kind={} new={}", sourceId, start.url(), start.kind().wireName(),
                    entries.size());
        }
        exchange.getMessage().setBody(entries);
    }

    /**
     * Discovers now, in the background, the start points of a source that are on this instance's hosts: the first
     * run of a source started or changed while the pipeline runs (its timer's first run is one schedule away). Start
     * points on hosts that come here later are discovered then ({@link #partitionsAssigned}).
     */
    public void discoverNow(String sourceId) {
        SourceDefinition source = sources.find(sourceId).orElse(null);
        if (source == null || !source.enabled()) {
            return;
        }
        Instant now = clock.instant();
        List<StartPoint> owned = source.startPoints().stream().filter(s -> ownership.ownsHostOf(s.url())).toList();
        owned.forEach(start -> lastDiscovered.put(source.id() + " " + start.url(), now));
        if (!owned.isEmpty()) {
            LOG.info("source {} started: discovering {} start point(s) now", source.id(), owned.size());
            discoverInBackground(source, owned);
        }
    }

    /**
     * Discovers, now, the start points on the hosts of frontier partitions that just came to this instance, unless
     * this instance discovered them within their source's schedule.
     */
    private void partitionsAssigned(Set<Integer> gained) {
        Instant now = clock.instant();
        for (SourceDefinition source : sources.all()) {
            List<StartPoint> due = source.startPoints().stream().filter(start -> ownership.ownsHostOf(start.url()))
                    .filter(start -> {
                        String key = source.id() + " " + start.url();
                        Instant last = lastDiscovered.get(key);
                        boolean isDue = last == null || !last.plus(source.schedule()).isAfter(now);
                        if (isDue) {
                            lastDiscovered.put(key, now);
                        }
                        return isDue;
                    }).toList();
            if (source.enabled() && !due.isEmpty()) {
                LOG.info("frontier partitions {} came here: discovering {} start point(s) of {} now", gained,
                        due.size(), source.id());
                discoverInBackground(source, due);
            }
        }
    }

    /** Hands start points of a source to the {@code discover-on-assignment} route, which discovers them in turn. */
    private void discoverInBackground(SourceDefinition source, List<StartPoint> startPoints) {
        try {
            producer().sendBodyAndHeader(ASSIGNMENT_DISCOVERY_ENDPOINT, startPoints, IngestHeaders.SOURCE, source.id());
        } catch (RuntimeException e) {
            // stopping: the next owner discovers these start points
            LOG.info("not discovering {} start point(s) of {}: {}", startPoints.size(), source.id(), e.toString());
        }
    }

    private void urlToFrontierEntry(Exchange exchange) {
        String url = exchange.getMessage().getBody(String.class);
        String sourceId = exchange.getMessage().getHeader(IngestHeaders.SOURCE, String.class);
        exchange.setProperty(IngestHeaders.URL_PROPERTY, url);
        exchange.setProperty(IngestHeaders.SOURCE_PROPERTY, sourceId);
        exchange.setProperty(IngestHeaders.INPUT_PROPERTY, url);
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("a URL sent to " + ENQUEUE_URL_ENDPOINT
                    + " needs the source id in the '" + IngestHeaders.SOURCE + "' header: " + url);
        }
        String canonical = UrlCanonicalizer.canonicalize(url);
        exchange.getMessage().setBody(new FrontierEntry(canonical, sourceId, DiscoveryMethod.MANUAL,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), 0, null));
    }

    private void toFrontierRecord(Exchange exchange) {
        FrontierEntry entry = exchange.getMessage().getBody(FrontierEntry.class);
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setHeader(KafkaConstants.KEY, entry.host());
        m.setHeader(IngestHeaders.SOURCE, entry.sourceId());
        m.setHeader(IngestHeaders.CONTENT_TYPE, "application/json");
        m.setBody(FrontierCodec.write(entry));
    }

    private void fetchAndExtract(Exchange exchange) throws Exception {
        String input = exchange.getMessage().getBody(String.class);
        exchange.setProperty(IngestHeaders.INPUT_PROPERTY, input);
        FrontierEntry entry = FrontierCodec.read(input);
        exchange.setProperty(IngestHeaders.URL_PROPERTY, entry.url());
        exchange.setProperty(IngestHeaders.SOURCE_PROPERTY, entry.sourceId());
        exchange.getMessage().setBody(pages.process(entry));
    }

    private void skipped(Exchange exchange) {
        PageOutcome.Skip skip = exchange.getMessage().getBody(PageOutcome.Skip.class);
        LOG.info("skipped source={} url={} reason={}", exchange.getProperty(IngestHeaders.SOURCE_PROPERTY),
                skip.url(), skip.reason());
        counters.skipped(exchange.getProperty(IngestHeaders.SOURCE_PROPERTY, String.class));
    }

    private void retryLater(Exchange exchange) {
        PageOutcome.Retry retry = exchange.getMessage().getBody(PageOutcome.Retry.class);
        FrontierEntry entry = retry.entry();
        LOG.info("retry source={} url={} attempt={} in {}s: {}", entry.sourceId(), entry.url(), entry.attempt() + 1,
                retry.after().toSeconds(), retry.reason());
        counters.pendingRetries(1);
        counters.retried(entry.sourceId());
        ProducerTemplate producer = producer();
        retryTimer.schedule(() -> {
            try {
                producer.sendBody(FRONTIER_ENDPOINT, entry);
            } finally {
                counters.pendingRetries(-1);
            }
        }, retry.after().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the timer of scheduled retries; retries not yet due are found again by discovery or revisits. */
    public void stopRetries() {
        retryTimer.shutdownNow();
    }

    private void unchanged(Exchange exchange) {
        PageState state = exchange.getMessage().getBody(PageOutcome.Unchanged.class).state();
        states.put(state);
        LOG.info("unchanged source={} url={} revision={}", state.sourceId(), state.url(), state.revision());
        counters.unchanged(state.sourceId());
    }

    private void toArticleRecord(Exchange exchange) {
        PageOutcome.Publish publish = exchange.getMessage().getBody(PageOutcome.Publish.class);
        Article article = publish.article();
        exchange.setProperty(STATE_PROPERTY, publish.state());
        Message m = articleRecord(exchange, article.id(), article.source());
        m.setHeader(IngestHeaders.CONTENT_TYPE, "application/json");
        m.setBody(ArticleJson.write(article));
        exchange.setProperty("ingest.article", article);
    }

    private void toTombstone(Exchange exchange) {
        PageState state = exchange.getMessage().getBody(PageOutcome.Gone.class).state();
        exchange.setProperty(STATE_PROPERTY, state);
        articleRecord(exchange, state.articleId(), state.sourceId()).setBody(null);
    }

    private void tombstoned(Exchange exchange) {
        PageState state = exchange.getProperty(STATE_PROPERTY, PageState.class);
        states.put(state);
        LOG.info("tombstone source={} url={} id={} (page is gone)", state.sourceId(), state.url(), state.articleId());
        counters.tombstoned(state.sourceId());
    }

    /** The message as a record of the source's articles topic: only our headers, keyed by the article id. */
    private Message articleRecord(Exchange exchange, String articleId, String sourceId) {
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setHeader(KafkaConstants.OVERRIDE_TOPIC, topicOf(sourceId));
        m.setHeader(KafkaConstants.KEY, articleId);
        m.setHeader(IngestHeaders.SOURCE, sourceId);
        m.setHeader(IngestHeaders.SCHEMA_VERSION, Integer.toString(Article.SCHEMA_VERSION));
        return m;
    }

    private String topicOf(String sourceId) {
        return sources.find(sourceId).map(SourceDefinition::topic).filter(t -> t != null).orElse(topics.articles());
    }

    private void published(Exchange exchange) {
        Article article = exchange.getProperty("ingest.article", Article.class);
        states.put(exchange.getProperty(STATE_PROPERTY, PageState.class));
        LOG.info("published source={} url={} id={} revision={} words={} title=\"{}\"", article.source(),
                article.url(), article.id(), article.revision(), article.wordCount(), article.title());
        counters.published(article.source());
    }
}
