package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.Sitemaps;
import dev.ingest.routes.testing.TestHttpServer;
import dev.ingest.routes.testing.TestHttpServer.Request;
import dev.ingest.routes.testing.TestHttpServer.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crawl as a careful crawler does it, against a site with robots.txt (a disallowed folder, Crawl-delay: 1, a
 * Sitemap line pointing at a sitemap index), a feed that repeats a sitemap story through a tracking link, a moved
 * page (301), and a page that first answers 429 with Retry-After: 2.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PolitenessIT {

    @Test
    void obeysRobotsKeepsTheCrawlDelayFollowsRedirectsAndWaitsOutA429(KafkaCluster kafka) throws Exception {
        try (TestHttpServer site = new TestHttpServer()) {
            String base = site.url("");
            site.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n\n"
                    + "Sitemap: " + base + "/sitemap-index.xml\n");
            site.page("/sitemap-index.xml", 200, "application/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>%1$s/sitemap-a.xml</loc></sitemap><sitemap><loc>%1$s/sitemap-b.xml</loc></sitemap>
                    </sitemapindex>""".formatted(base));
            site.page("/sitemap-a.xml", 200, "application/xml", Sitemaps.urlset(base + "/story-1.html", base + "/story-2.html",
                    base + "/private/draft.html"));
            site.page("/sitemap-b.xml", 200, "application/xml", Sitemaps.urlset(base + "/old-path.html"));
            site.page("/feed.xml", 200, "application/rss+xml", """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>
                    <item><title>One</title><link>%1$s/story-1.html?utm_source=rss&amp;utm_medium=feed</link></item>
                    <item><title>Four</title><link>%1$s/story-4.html</link></item>
                    </channel></rss>""".formatted(base));
            for (int i = 1; i <= 4; i++) {
                site.page("/story-" + i + ".html", 200, "text/html; charset=utf-8",
                        NewsFixtureSite.article(i).replace("<head>", "<head><link rel=\"canonical\" href=\""
                                + base + "/story-" + i + ".html\">"));
            }
            site.page("/private/draft.html", 200, "text/html", NewsFixtureSite.article(9));
            site.respond("/old-path.html", new Response(301, Map.of("Location", "/story-3.html"), new byte[0]));
            site.respondInTurn("/story-4.html",
                    new Response(429, Map.of("Retry-After", "2", "Content-Type", "text/plain"),
                            "slow down".getBytes(StandardCharsets.UTF_8)),
                    new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                            NewsFixtureSite.article(4).getBytes(StandardCharsets.UTF_8)));

            SourceDefinition source = new SourceDefinition("herald", "The Herald", true,
                    List.of(StartPoint.robots(base + "/"), StartPoint.feed(base + "/feed.xml")), Duration.ofHours(1),
                    ExtractionRules.NONE, Duration.ZERO, true, null);
            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(source),
                    Clock.systemUTC(), c -> c.with(Settings.RETRY_BASE, Duration.ofMillis(500)))) {
                p.awaitSettled(Duration.ofSeconds(90));

                List<String> published = p.readAll(p.articlesTopic()).stream()
                        .map(r -> ArticleJson.read(r.value())).map(Article::canonicalUrl).sorted().toList();
                assertEquals(List.of(base + "/story-1.html", base + "/story-2.html", base + "/story-3.html",
                        base + "/story-4.html"), published, "each story once; the moved page under its new URL");
                assertTrue(p.readAll(p.deadLetterTopic()).isEmpty(), "the 429 was retried, not dead-lettered");

                List<Request> log = site.log();
                assertTrue(log.stream().noneMatch(r -> r.path().startsWith("/private/")), "robots.txt disallows it");
                assertEquals(1, log.stream().filter(r -> r.path().equals("/robots.txt")).count(),
                        "robots.txt is fetched once and cached");
                List<Request> story4 = log.stream().filter(r -> r.path().equals("/story-4.html")).toList();
                assertEquals(List.of(429, 200), story4.stream().map(Request::status).toList());
                assertTrue(story4.get(1).nanoTime() - story4.get(0).nanoTime() >= Duration.ofSeconds(2).toNanos(),
                        "waited out Retry-After: 2");

                List<Long> pageTimes = log.stream()
                        .filter(r -> r.path().startsWith("/story-") || r.path().equals("/old-path.html"))
                        .map(Request::nanoTime).sorted().toList();
                for (int i = 1; i < pageTimes.size(); i++) {
                    long gapMs = (pageTimes.get(i) - pageTimes.get(i - 1)) / 1_000_000;
                    // counted from the end of the previous response, so arrivals are a full delay apart
                    assertTrue(gapMs >= 1000, "Crawl-delay: 1 kept between page requests, gap " + gapMs + " ms");
                }
            }
        }
    }
}
