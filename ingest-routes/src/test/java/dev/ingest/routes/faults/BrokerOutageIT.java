package dev.ingest.routes.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.kafka.EmbeddedKafka;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker goes away mid-crawl and comes back on the same address and data: the service waits (sends block and
 * retry, fetching pauses on the worker that is sending), recovers on its own, and no article is lost. Uses a broker
 * of its own, since the shared test broker must not be stopped.
 */
class BrokerOutageIT {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerOutageIT.class);
    static final Duration OUTAGE = Duration.ofSeconds(60);

    @Test
    void noArticleIsLostWhileTheBrokerIsAway(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        EmbeddedKafka.Settings settings = EmbeddedKafka.Settings.ephemeral(dir).withBrokerPort(port)
                .withDefaultPartitions(1);
        EmbeddedKafka broker = new EmbeddedKafka(settings).start();
        try (TestHttpServer server = new TestHttpServer()) {
            NewsFixtureSite site = new NewsFixtureSite(server, List.of("127.0.0.1"), 12);
            SourceDefinition source = new SourceDefinition("coastal-herald", "The Coastal Herald", true,
                    List.of(StartPoint.sitemap(site.sitemapUrl("127.0.0.1"))), Duration.ofHours(1),
                    ExtractionRules.NONE, Duration.ofMillis(400), true, null);
            try (RunningPipeline p = RunningPipeline.start(broker.bootstrapServers(), List.of(source),
                    Clock.systemUTC())) {
                await(() -> p.pipeline().counters().publishedCount() >= 3, Duration.ofSeconds(60));
                long before = p.pipeline().counters().publishedCount();
                broker.close();
                Thread.sleep(OUTAGE.toMillis());
                broker = new EmbeddedKafka(settings).start();
                long back = System.nanoTime();
                await(() -> p.pipeline().counters().publishedCount() > before, Duration.ofSeconds(120));
                LOG.info("first article published {} ms after the broker came back",
                        (System.nanoTime() - back) / 1_000_000);
                await(() -> p.pipeline().counters().settled()
                        && p.pipeline().counters().publishedCount() >= 12, Duration.ofSeconds(180));

                List<Article> articles = p.readAll(p.articlesTopic()).stream()
                        .map(r -> ArticleJson.read(r.value())).toList();
                Set<String> urls = articles.stream().map(Article::canonicalUrl).collect(Collectors.toSet());
                assertEquals(Set.copyOf(site.articleUrls()), urls, "every article, none lost");
                assertEquals(12, articles.size(), "none published twice");
                assertTrue(p.readAll(p.deadLetterTopic()).isEmpty(), "nothing dead-lettered for the outage");
            }
        } finally {
            broker.close();
        }
    }

    static void await(java.util.function.BooleanSupplier condition, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + bound);
            }
            Thread.sleep(100);
        }
    }
}
