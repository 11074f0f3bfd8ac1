package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frontier on Kafka and the page state survive a stop in the middle of a crawl, and two instances in one
 * consumer group share a site without publishing an article twice or fetching a host faster than its delay.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RestartAndScaleOutIT {
    private static final Duration DELAY = Duration.ofMillis(250);

    @Test
    void stoppingMidCrawlAndStartingAgainPublishesEveryArticleExactlyOnce(KafkaCluster kafka) throws Exception {
        try (TestHttpServer server = TestHttpServer.onAllLoopbackAddresses()) {
            NewsFixtureSite site = new NewsFixtureSite(server, List.of("127.0.0.1", "127.0.0.2"), 5);
            List<SourceDefinition> sources = List.of(source(site));

            RunningPipeline first = RunningPipeline.start(kafka.bootstrapServers(), sources, Clock.systemUTC());
            await(() -> first.pipeline().counters().publishedCount() >= 3, "3 published before the stop");
            first.close();
            long beforeStop = first.pipeline().counters().publishedCount();
            assertTrue(beforeStop < site.articleUrls().size(), "stopped mid-crawl, after " + beforeStop);

            try (RunningPipeline second = first.another()) {
                await(() -> distinctPublished(second).size() == site.articleUrls().size()
                        && second.pipeline().counters().settled(), "all articles after the restart");
                List<String> urls = published(second);
                assertEquals(site.articleUrls().size(), urls.size(),
                        "every article exactly once across the stop: " + urls);
            }
        }
    }

    @Test
    void twoInstancesShareTheSiteAndKeepEachHostsDelay(KafkaCluster kafka) throws Exception {
        try (TestHttpServer server = TestHttpServer.onAllLoopbackAddresses()) {
            NewsFixtureSite site = new NewsFixtureSite(server, hostsOnBothPartitions(), 4);
            List<SourceDefinition> sources = List.of(source(site));
            try (RunningPipeline a = RunningPipeline.start(kafka.bootstrapServers(), sources, Clock.systemUTC(),
                    // one fetch consumer each, so that the two partitions end up one on each instance
                    c -> c.with(Settings.TOPIC_PARTITIONS, 2).with(Settings.FETCH_WORKERS, 1));
                 RunningPipeline b = a.another()) {
                await(() -> distinctPublished(a).size() == site.articleUrls().size() && settled(a, b),
                        "all articles with two instances");
                List<String> urls = published(a);
                assertEquals(site.articleUrls().size(), urls.size(), "each article id published once: " + urls);

                Map<String, List<TestHttpServer.Request>> arrivals = new TreeMap<>();
                server.log().forEach(r -> arrivals.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(r));
                assertEquals(site.hosts().size(), arrivals.size(), arrivals.keySet()::toString);
                for (Map.Entry<String, List<TestHttpServer.Request>> e : arrivals.entrySet()) {
                    List<TestHttpServer.Request> requests = e.getValue().stream()
                            .sorted(Comparator.comparingLong(TestHttpServer.Request::nanoTime)).toList();
                    List<String> tooSoon = new ArrayList<>();
                    for (int i = 1; i < requests.size(); i++) {
                        long gapMs = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
                        // a request starts at least DELAY after the previous one's response ended, which is after
                        // it arrived here, so arrivals too are at least DELAY apart whatever connection set-up took
                        if (gapMs < DELAY.toMillis()) {
                            tooSoon.add(requests.get(i).path() + " " + gapMs + " ms after "
                                    + requests.get(i - 1).path());
                        }
                    }
                    // every request to the host — robots.txt, sitemaps, stories — from whichever instance, including
                    // the first after the host's frontier partition moved between them
                    assertEquals(List.of(), tooSoon, e.getKey() + " fetched too soon after the previous request ("
                            + requests.size() + " requests)");
                }
            }
        }
    }

    private static boolean settled(RunningPipeline a, RunningPipeline b) {
        PipelineCounters x = a.pipeline().counters();
        PipelineCounters y = b.pipeline().counters();
        long done = x.publishedCount() + x.unchangedCount() + x.skippedCount() + x.deadLetteredCount()
                + y.publishedCount() + y.unchangedCount() + y.skippedCount() + y.deadLetteredCount();
        return x.discoveryRuns() > 0 && y.discoveryRuns() > 0 && done >= x.queuedCount() + y.queuedCount();
    }

    /** Loopback hosts whose frontier keys fall on both partitions of a two-partition topic. */
    private static List<String> hostsOnBothPartitions() {
        List<String> hosts = new ArrayList<>();
        boolean[] seen = new boolean[2];
        for (int i = 1; i < 50 && hosts.size() < 4; i++) {
            String host = "127.0.0." + i;
            int partition = Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % 2;
            if (!seen[partition] || hosts.size() >= 2) {
                seen[partition] = true;
                hosts.add(host);
            }
        }
        assertTrue(seen[0] && seen[1], "hosts on both partitions: " + hosts);
        return hosts;
    }

    private static SourceDefinition source(NewsFixtureSite site) {
        List<StartPoint> sitemaps = site.hosts().stream().map(h -> StartPoint.sitemap(site.sitemapUrl(h))).toList();
        return new SourceDefinition("coastal-herald", "The Coastal Herald", true, sitemaps, Duration.ofHours(1),
                ExtractionRules.NONE, DELAY, true, null);
    }

    private static List<String> published(RunningPipeline p) {
        return p.readAll(p.articlesTopic()).stream().map(ConsumerRecord::value)
                .map(ArticleJson::read).map(Article::canonicalUrl).toList();
    }

    private static java.util.Set<String> distinctPublished(RunningPipeline p) {
        return published(p).stream().collect(Collectors.toSet());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 90 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
