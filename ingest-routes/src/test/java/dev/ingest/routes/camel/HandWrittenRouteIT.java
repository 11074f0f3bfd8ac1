package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The documented example of a hand-written YAML route feeds the same frontier and gets its pages published. */
@ExtendWith(KafkaBrokerExtension.class)
class HandWrittenRouteIT {

    @Test
    void aYamlRouteFeedsTheFrontier(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        try (TestHttpServer site = new TestHttpServer()) {
            site.page("/press/a.html", 200, "text/html; charset=utf-8", NewsFixtureSite.article(1));
            site.page("/press/b.html", 200, "text/html; charset=utf-8", NewsFixtureSite.article(2));
            site.page("/press/index.txt", 200, "text/plain",
                    site.url("/press/a.html") + "\n\n" + site.url("/press/b.html") + "\n");
            Files.copy(Path.of("src/test/resources/routes/city-hall-press.yaml"), dir.resolve("city-hall.yaml"));

            // no source file names "city-hall", so the service-wide switch lets it reach the loopback test server
            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(), Clock.systemUTC(),
                    c -> c.with(Settings.ALLOW_PRIVATE_NETWORK, true))) {
                p.pipeline().camel().getPropertiesComponent()
                        .addInitialProperty("city-hall.index", site.url("/press/index.txt"));
                p.pipeline().loadRoutes(dir);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (p.pipeline().counters().publishedCount() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                List<Article> articles = p.readAll(p.articlesTopic()).stream()
                        .map(r -> ArticleJson.read(r.value())).toList();
                assertEquals(List.of(site.url("/press/a.html"), site.url("/press/b.html")),
                        articles.stream().map(Article::canonicalUrl).sorted().toList());
                assertEquals(List.of("city-hall", "city-hall"), articles.stream().map(Article::source).toList());
                assertEquals(DiscoveryMethod.MANUAL, articles.get(0).discoveredVia());
            }
        }
    }
}
