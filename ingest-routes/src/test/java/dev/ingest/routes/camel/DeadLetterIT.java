package dev.ingest.routes.camel;

import static dev.ingest.routes.testing.RunningPipeline.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.pipeline.FrontierCodec;
import dev.ingest.routes.pipeline.IngestHeaders;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failures become dead letters with their cause, and the route keeps going: a listing page links, in this order,
 * a good article, a 500, a PDF, a page with no article, and another good article, all on one host (one partition,
 * so they are processed in that order). The 500 is retried before it is given up. A feed that 404s fails its
 * discovery without stopping the others.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DeadLetterIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void failuresGoToTheDeadLetterTopicAndTheNextPageIsStillPublished(KafkaCluster kafka) throws Exception {
        try (TestHttpServer site = new TestHttpServer()) {
            site.page("/good-before.html", 200, "text/html; charset=utf-8", fixture("good-before.html"));
            site.page("/broken", 500, "text/html", "<h1>Internal Server Error</h1>");
            site.page("/report.pdf", 200, "application/pdf", "%PDF-1.7 binary");
            site.page("/app-shell.html", 200, "text/html; charset=utf-8", fixture("no-article.html"));
            site.page("/good-after.html", 200, "text/html; charset=utf-8", fixture("good-after.html"));
            site.page("/list.html", 200, "text/html; charset=utf-8", """
                    <!doctype html><html><body><nav><a href="/">Home</a></nav><ul>
                    <li><a href="/good-before.html">Night trams</a></li>
                    <li><a href="/broken">Broken story</a></li>
                    <li><a href="/report.pdf">Annual report (PDF)</a></li>
                    <li><a href="/app-shell.html">App story</a></li>
                    <li><a href="/good-after.html">Library hours</a></li>
                    </ul></body></html>""");
            SourceDefinition source = new SourceDefinition("lakeside", "Lakeside Courier", true,
                    List.of(StartPoint.feed(site.url("/missing-feed.xml")),
                            StartPoint.listing(site.url("/list.html"),
                                    List.of(Pattern.compile("/(good|broken|report|app)")), List.of())),
                    Duration.ofHours(1), ExtractionRules.NONE, Duration.ZERO, true, null);

            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(source), CLOCK,
                    c -> c.with(Settings.RETRY_BASE, Duration.ofMillis(50)).with(Settings.RETRY_ATTEMPTS, 3))) {
                p.awaitSettled(Duration.ofSeconds(60));

                List<ConsumerRecord<String, String>> articles = p.readAll(p.articlesTopic());
                List<String> titles = articles.stream().map(r -> ArticleJson.read(r.value()).title()).toList();
                assertEquals(List.of("Night trams return to the river line", "Library extends weekend opening hours"),
                        titles, "both good pages published, in order, the second after three failures");

                Map<String, ConsumerRecord<String, String>> dead = p.readAll(p.deadLetterTopic()).stream()
                        .collect(Collectors.toMap(r -> header(r, IngestHeaders.ORIGINAL_URL), Function.identity()));
                assertEquals(4, dead.size(), "dead letters: " + dead.keySet());

                ConsumerRecord<String, String> http500 = dead.get(site.url("/broken"));
                assertEquals("HTTP_STATUS", header(http500, IngestHeaders.ERROR_TYPE));
                assertEquals("500", header(http500, IngestHeaders.HTTP_STATUS));
                assertTrue(header(http500, IngestHeaders.ERROR_MESSAGE).contains("HTTP 500"));
                assertEquals(3, site.requests().stream().filter("/broken"::equals).count(),
                        "a 5xx is retried with back-off before it is dead-lettered");
                assertEquals(2, FrontierCodec.read(http500.value()).attempt(), "the last attempt's entry");
                assertEquals(IngestRoutes.FETCH_ROUTE, header(http500, IngestHeaders.FAILED_ROUTE));
                assertEquals("lakeside", header(http500, IngestHeaders.SOURCE));
                assertEquals("2026-11-28T12:00:00Z", header(http500, IngestHeaders.FAILED_AT));
                assertEquals(site.url("/broken"), FrontierCodec.read(http500.value()).url(),
                        "the value is the original frontier entry, so it can be replayed");

                ConsumerRecord<String, String> pdf = dead.get(site.url("/report.pdf"));
                assertEquals("NOT_HTML", header(pdf, IngestHeaders.ERROR_TYPE));
                assertTrue(header(pdf, IngestHeaders.ERROR_MESSAGE).contains("application/pdf"));

                ConsumerRecord<String, String> empty = dead.get(site.url("/app-shell.html"));
                assertEquals("NOT_AN_ARTICLE", header(empty, IngestHeaders.ERROR_TYPE));

                ConsumerRecord<String, String> feed = dead.get(site.url("/missing-feed.xml"));
                assertEquals("DISCOVERY", header(feed, IngestHeaders.ERROR_TYPE));
                assertEquals(IngestRoutes.START_POINT_ROUTE, header(feed, IngestHeaders.FAILED_ROUTE));
                assertTrue(header(feed, IngestHeaders.ERROR_MESSAGE).contains("404"));

                assertTrue(p.pipeline().camel().getRouteController()
                        .getRouteStatus(IngestRoutes.FETCH_ROUTE).isStarted(), "the fetch route keeps running");
            }
        }
    }

    @Test
    void theSsrfGuardRefusesPrivateAddressesUnlessTheSourceAllowsThem(KafkaCluster kafka) throws Exception {
        try (TestHttpServer site = new TestHttpServer()) {
            site.page("/feed.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title>"
                    + "<item><link>" + site.url("/a.html") + "</link></item></channel></rss>");
            SourceDefinition outsider = new SourceDefinition("outsider", "Outsider", true,
                    List.of(StartPoint.feed(site.url("/feed.xml"))), Duration.ofHours(1), ExtractionRules.NONE,
                    Duration.ZERO, false, null);
            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(outsider), CLOCK)) {
                p.awaitSettled(Duration.ofSeconds(60));
                List<ConsumerRecord<String, String>> dead = p.readAll(p.deadLetterTopic());
                assertEquals(1, dead.size());
                assertEquals("DISCOVERY", header(dead.get(0), IngestHeaders.ERROR_TYPE));
                assertTrue(header(dead.get(0), IngestHeaders.ERROR_MESSAGE).contains("allowPrivateNetwork"),
                        header(dead.get(0), IngestHeaders.ERROR_MESSAGE));
                assertTrue(site.requests().isEmpty(), "nothing reached the private address: " + site.requests());
            }
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DeadLetterIT.class.getResourceAsStream("/pages/dead-letter/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
