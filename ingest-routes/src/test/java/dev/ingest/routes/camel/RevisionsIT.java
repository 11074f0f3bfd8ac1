package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.MutableClock;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.Sitemaps;
import dev.ingest.routes.testing.TestHttpServer;
import dev.ingest.routes.testing.TestHttpServer.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Revisits of recent articles: an edited page becomes revision 2 under the same key, an unchanged page (same
 * content, or a 304 to a conditional GET) is not published again, and a page that is gone gets a tombstone.
 * Time is a test clock moved by hand, so "seven hours later" is exact.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RevisionsIT {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void editedPagesBecomeRevisionsUnchangedOnesDoNotAndGoneOnesBecomeTombstones(KafkaCluster kafka)
            throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestHttpServer site = new TestHttpServer()) {
            site.respond("/story.html", html(story("The council approved the budget on Tuesday evening."), "\"v1\""));
            site.respond("/other.html", html(other(), null));
            site.page("/sitemap.xml", 200, "application/xml",
                    Sitemaps.urlset(site.url("/story.html"), site.url("/other.html")));
            SourceDefinition source = new SourceDefinition("valley-post", "Valley Post", true,
                    List.of(StartPoint.sitemap(site.url("/sitemap.xml"))), Duration.ofHours(1),
                    ExtractionRules.NONE, Duration.ZERO, true, null);

            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(source), clock,
                    c -> c.with(Settings.REVISIT_INTERVAL, Duration.ofSeconds(1)))) {
                PipelineCounters counters = p.pipeline().counters();
                p.awaitSettled(Duration.ofSeconds(60));
                assertEquals(2, counters.publishedCount());

                // an editor changes one story; seven hours later both are revisited
                site.respond("/story.html",
                        html(story("The council approved an amended budget on Wednesday morning."), "\"v2\""));
                clock.advance(Duration.ofHours(7));
                await(() -> counters.publishedCount() == 3 && counters.unchangedCount() >= 1, counters);

                // seven more hours: the story answers 304 to its ETag, the other is fetched and found unchanged
                clock.advance(Duration.ofHours(7));
                await(() -> counters.unchangedCount() >= 3, counters);
                assertTrue(site.log().stream().anyMatch(r -> r.path().equals("/story.html") && r.status() == 304),
                        "conditional GET answered 304: " + site.log());

                // the story is taken down
                site.page("/story.html", 410, "text/html", "<h1>Gone</h1>");
                clock.advance(Duration.ofHours(7));
                await(() -> counters.tombstonedCount() == 1, counters);

                List<ConsumerRecord<String, String>> records = p.readAll(p.articlesTopic());
                List<ConsumerRecord<String, String>> story = records.stream()
                        .filter(r -> r.value() == null || r.value().contains("/story.html")).toList();
                assertEquals(3, story.size(), "revision 1, revision 2, tombstone");
                Article rev1 = ArticleJson.read(story.get(0).value());
                Article rev2 = ArticleJson.read(story.get(1).value());
                assertEquals(1, rev1.revision());
                assertEquals(2, rev2.revision());
                assertEquals(DiscoveryMethod.REVISIT, rev2.discoveredVia());
                assertTrue(rev2.text().contains("amended budget"));
                assertEquals(rev1.id(), rev2.id());
                assertEquals(rev1.id(), story.get(2).key(), "the tombstone carries the article's key");
                assertNull(story.get(2).value());

                long others = records.stream().filter(r -> r.value() != null && r.value().contains("/other.html"))
                        .count();
                assertEquals(1, others, "the unchanged page was published once");
            }
        }
    }

    private static void await(BooleanSupplier condition, PipelineCounters c) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached: published=" + c.publishedCount() + " unchanged="
                        + c.unchangedCount() + " tombstoned=" + c.tombstonedCount() + " deadLetters="
                        + c.deadLetteredCount());
            }
            Thread.sleep(50);
        }
    }

    private static Response html(String body, String etag) {
        Map<String, String> headers = etag == null ? Map.of("Content-Type", "text/html; charset=utf-8")
                : Map.of("Content-Type", "text/html; charset=utf-8", "ETag", etag);
        return new Response(200, headers, body.getBytes(StandardCharsets.UTF_8));
    }


    private static String story(String lead) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Budget vote in the valley | Valley Post</title>
                <meta property="og:title" content="Budget vote in the valley">
                <meta name="author" content="Aino Rask">
                <meta property="article:published_time" content="2026-11-28T11:00:00+00:00">
                </head><body>
                <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a></nav>
                <article><h1>Budget vote in the valley</h1>
                <p>%s The vote followed three weeks of hearings in which residents asked for more money for school
                transport and winter road clearing.</p>
                <p>Opposition members said the plan relied on optimistic forecasts for tourism revenue, which fell
                twice in the last five years when snowfall arrived late in the season.</p>
                <p>The finance committee will publish a detailed breakdown of each department's allocation before the
                end of the month, together with the forecasts the plan is built on.</p>
                </article><footer>© 2026 Valley Post</footer></body></html>
                """.formatted(lead);
    }

    private static String other() {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>New bridge opens to cyclists | Valley Post</title>
                <meta property="og:title" content="New bridge opens to cyclists">
                <meta name="author" content="Tomas Lind">
                <meta property="article:published_time" content="2026-11-28T10:00:00+00:00">
                </head><body>
                <nav class="menu"><a href="/">Home</a></nav>
                <article><h1>New bridge opens to cyclists</h1>
                <p>The timber bridge across the lower river opened to cyclists and pedestrians on Saturday, shortening
                the ride between the two halves of the town by almost four kilometres.</p>
                <p>The bridge was built from locally felled spruce and is designed to be dismantled and reused if the
                river changes course, as it did twice in the last century.</p>
                <p>Lighting along the approach paths will be switched on next week once the last inspection has been
                completed by the regional road authority.</p>
                </article><footer>© 2026 Valley Post</footer></body></html>
                """;
    }
}
