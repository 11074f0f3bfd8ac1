package dev.ingest.routes.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.routes.testing.MutableClock;
import dev.ingest.routes.testing.TestHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsPolicyTest {
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/
            Crawl-delay: 2

            User-agent: ingest
            Disallow: /drafts/
            Crawl-delay: 3

            Sitemap: https://news.example/sitemap-index.xml
            """;

    private TestHttpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private RobotsPolicy robots;

    @BeforeEach
    void start() throws Exception {
        server = new TestHttpServer();
        PageFetcher fetcher = new PageFetcher(new FetchSettings("ingest/0.1 (+https://example.org/bot)",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20, 3), Clock.systemUTC());
        robots = new RobotsPolicy(fetcher, clock, Duration.ofHours(1), "ingest");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource({"/news/story,true", "/drafts/story,false", "/private/x,true", "/,true"})
    void theGroupNamingThisCrawlerWins(String path, boolean allowed) {
        server.page("/robots.txt", 200, "text/plain", ROBOTS);
        assertEquals(allowed, robots.isAllowed(server.url(path)));
    }

    @Test
    void readsCrawlDelayAndSitemaps() {
        server.page("/robots.txt", 200, "text/plain", ROBOTS);
        assertEquals(Optional.of(Duration.ofSeconds(3)), robots.crawlDelay(server.url("/a")));
        assertEquals(List.of("https://news.example/sitemap-index.xml"), robots.sitemaps(server.url("/a")));
    }

    @Test
    void fetchesRobotsOncePerSiteUntilTheCacheExpires() {
        server.page("/robots.txt", 200, "text/plain", ROBOTS);
        robots.isAllowed(server.url("/a"));
        robots.isAllowed(server.url("/b"));
        robots.crawlDelay(server.url("/c"));
        assertEquals(1, server.requests().stream().filter("/robots.txt"::equals).count());
        clock.advance(Duration.ofMinutes(61));
        robots.isAllowed(server.url("/a"));
        assertEquals(2, server.requests().stream().filter("/robots.txt"::equals).count());
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        assertTrue(robots.isAllowed(server.url("/anything")));
        assertEquals(Optional.empty(), robots.crawlDelay(server.url("/anything")));
    }

    @Test
    void aFailingRobotsTxtHoldsTheSiteOff() {
        server.page("/robots.txt", 503, "text/plain", "busy");
        assertFalse(robots.isAllowed(server.url("/news/story")));
    }
}
