package dev.ingest.routes.camel;

import static dev.ingest.routes.testing.HostileServer.head;
import static dev.ingest.routes.testing.RunningPipeline.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.pipeline.IngestHeaders;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.HostileServer;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile web: every fault ends, within bounded time and memory, as a published article or a dead letter with
 * its cause — none is lost, none stops the service — and the good page among them is published.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FaultInjectionIT {
    private static final String GOOD = NewsFixtureSite.article(3);

    @Test
    void everyFaultEndsAsAnArticleOrADeadLetterAndTheGoodPageIsPublished(KafkaCluster kafka) throws Exception {
        try (HostileServer web = new HostileServer()) {
            Map<String, String> expectedDeadLetter = new LinkedHashMap<>();
            web.on("/slow-headers", out -> Thread.sleep(60_000));
            expectedDeadLetter.put("/slow-headers", "TIMEOUT");
            web.on("/stalled-body", out -> {
                head(out, 200, "text/html", 100_000).write("<html><body><p>The beginning".getBytes());
                out.flush();
                Thread.sleep(60_000);
            });
            expectedDeadLetter.put("/stalled-body", "TIMEOUT");
            web.on("/trickle-body", out -> {
                head(out, 200, "text/html", 100_000);
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(500);
                }
            });
            expectedDeadLetter.put("/trickle-body", "TIMEOUT");
            web.on("/fifty-megabytes", out -> {
                head(out, 200, "text/html", 50L << 20).write("<html><body>".getBytes());
                byte[] chunk = "<p>padding</p>".repeat(4096).getBytes();
                for (long sent = 0; sent < (50L << 20); sent += chunk.length) {
                    out.write(chunk);
                }
            });
            expectedDeadLetter.put("/fifty-megabytes", "TOO_LARGE");
            byte[] bomb = HostileServer.gzipBomb(200L << 20);
            web.on("/gzip-bomb", out -> head(out, 200, "text/html", bomb.length, "Content-Encoding: gzip")
                    .write(bomb));
            expectedDeadLetter.put("/gzip-bomb", "TOO_LARGE");
            web.on("/redirect-loop", out -> head(out, 302, null, 0, "Location: /redirect-loop-2"));
            web.on("/redirect-loop-2", out -> head(out, 302, null, 0, "Location: /redirect-loop"));
            expectedDeadLetter.put("/redirect-loop", "TOO_MANY_REDIRECTS");
            web.on("/always-503", out -> head(out, 503, "text/plain", 4).write("busy".getBytes()));
            expectedDeadLetter.put("/always-503", "HTTP_STATUS");
            byte[] png = new byte[4096];
            new Random(7).nextBytes(png);
            png[0] = (byte) 0x89;
            png[1] = 'P';
            png[2] = 'N';
            png[3] = 'G';
            web.on("/binary-as-html", out -> head(out, 200, "text/html", png.length).write(png));
            expectedDeadLetter.put("/binary-as-html", "NOT_HTML");

            Map<String, byte[]> mayPublish = new LinkedHashMap<>();
            mayPublish.put("/wrong-charset", GOOD.replace("Councillors", "Kommunalråd för Café Müller")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] invalid = GOOD.getBytes(StandardCharsets.UTF_8);
            for (int i = 400; i < invalid.length; i += 97) {
                invalid[i] = (byte) 0xC3; // lone lead bytes: invalid UTF-8
            }
            mayPublish.put("/invalid-utf8", invalid);
            mayPublish.put("/truncated", GOOD.substring(0, GOOD.indexOf("<h2>")).getBytes(StandardCharsets.UTF_8));
            mayPublish.put("/deep", ("<html><body>" + "<div>".repeat(100_000) + "<p>Deep text.</p>"
                    + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
            mayPublish.put("/garbage-json-ld", GOOD.replace("<head>", "<head><script type=\"application/ld+json\">"
                    + "{\"@type\": \"NewsArticle\", \"headline\": [}{ broken, \"author\": </script>")
                    .getBytes(StandardCharsets.UTF_8));
            mayPublish.forEach((path, body) -> web.on(path,
                    out -> head(out, 200, "text/html; charset=utf-8", body.length).write(body)));
            byte[] good = NewsFixtureSite.article(5).getBytes(StandardCharsets.UTF_8);
            web.on("/good", out -> head(out, 200, "text/html; charset=utf-8", good.length).write(good));

            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset "
                    + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            List<String> paths = new java.util.ArrayList<>(expectedDeadLetter.keySet());
            paths.addAll(mayPublish.keySet());
            paths.add("/good");
            for (String path : paths) {
                sitemap.append("<url><loc>").append(web.url(path)).append("</loc></url>");
            }
            byte[] sitemapBytes = sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
            web.on("/sitemap.xml", out -> head(out, 200, "application/xml", sitemapBytes.length).write(sitemapBytes));

            SourceDefinition source = new SourceDefinition("hostile", "Hostile web", true,
                    List.of(StartPoint.sitemap(web.url("/sitemap.xml"))), Duration.ofHours(1),
                    ExtractionRules.NONE, Duration.ZERO, true, null);
            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(source),
                    Clock.systemUTC(), c -> c.with(Settings.READ_TIMEOUT, Duration.ofSeconds(2))
                            .with(Settings.MAX_BODY_BYTES, 2L << 20)
                            .with(Settings.RETRY_BASE, Duration.ofMillis(100))
                            .with(Settings.RETRY_ATTEMPTS, 2)
                            .with(Settings.FETCH_WORKERS, 1))) {
                p.awaitSettled(Duration.ofSeconds(120));

                Map<String, String> deadByPath = new HashMap<>();
                for (ConsumerRecord<String, String> r : p.readAll(p.deadLetterTopic())) {
                    String path = header(r, IngestHeaders.ORIGINAL_URL).replace(web.url(""), "");
                    assertEquals(null, deadByPath.put(path, header(r, IngestHeaders.ERROR_TYPE)), "once: " + path);
                }
                Map<String, Article> publishedByPath = new HashMap<>();
                for (ConsumerRecord<String, String> r : p.readAll(p.articlesTopic())) {
                    Article a = ArticleJson.read(r.value());
                    assertEquals(null, publishedByPath.put(a.url().replace(web.url(""), ""), a), "once: " + a.url());
                }

                expectedDeadLetter.forEach((path, type) ->
                        assertEquals(type, deadByPath.get(path), path + " dead-lettered as " + type));
                for (String path : mayPublish.keySet()) {
                    assertTrue(publishedByPath.containsKey(path) ^ deadByPath.containsKey(path),
                            path + " ends exactly one way: published " + publishedByPath.keySet() + ", dead "
                                    + deadByPath);
                }
                assertTrue(publishedByPath.containsKey("/good"), "the good page is published");
                assertTrue(publishedByPath.containsKey("/garbage-json-ld"), "broken JSON-LD does not lose the page");
                int total = expectedDeadLetter.size() + mayPublish.size() + 1;
                assertEquals(total, deadByPath.size() + publishedByPath.size(), "records lost: 0");
            }
        }
    }
}
