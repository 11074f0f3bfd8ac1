package dev.ingest.routes.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.fetch.FetchSettings;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.TestHttpServer;
import dev.ingest.routes.testing.TestHttpServer.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkDiscovererTest {
    private TestHttpServer server;
    private LinkDiscoverer discoverer;

    @BeforeEach
    void start() throws Exception {
        server = new TestHttpServer();
        PageFetcher fetcher = new PageFetcher(new FetchSettings("ingest-test/1", Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1 << 20, 3), Clock.systemUTC());
        discoverer = new LinkDiscoverer(fetcher, new RobotsPolicy(fetcher, Clock.systemUTC(), Duration.ofHours(1),
                "ingest"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsRssItems() throws Exception {
        server.page("/feed.xml", 200, "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Field Notes</title><link>%1$s</link>
                <item><title>Moss</title><link>%1$s/blog/moss/</link><pubDate>Fri, 27 Nov 2026 08:00:00 +0000</pubDate></item>
                <item><title>Lichen</title><link>%1$s/blog/lichen/?utm_source=rss</link></item>
                </channel></rss>""".formatted(server.url("")));
        List<DiscoveredLink> links = discoverer.discover(StartPoint.feed(server.url("/feed.xml")));
        assertEquals(List.of(server.url("/blog/moss/"), server.url("/blog/lichen/?utm_source=rss")),
                links.stream().map(DiscoveredLink::url).toList());
        assertTrue(links.stream().allMatch(l -> l.via() == DiscoveryMethod.FEED));
    }

    @Test
    void readsAtomEntries() throws Exception {
        server.page("/atom.xml", 200, "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
                <entry><title>One</title><link href="%s/notes/one"/><updated>2026-11-27T08:00:00Z</updated></entry>
                </feed>""".formatted(server.url("")));
        assertEquals(List.of(server.url("/notes/one")), discoverer.discover(StartPoint.feed(server.url("/atom.xml")))
                .stream().map(DiscoveredLink::url).toList());
    }

    @Test
    void followsASitemapIndexIntoGzippedAndNewsSitemaps() throws Exception {
        server.page("/sitemap-index.xml", 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/sitemap-news.xml</loc></sitemap>
                  <sitemap><loc>%1$s/sitemap-2026.xml.gz</loc></sitemap>
                </sitemapindex>""".formatted(server.url("")));
        server.page("/sitemap-news.xml", 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s/news/2026/11/tide.html</loc>
                    <news:news><news:publication><news:name>Harbour Gazette</news:name><news:language>en</news:language>
                    </news:publication><news:publication_date>2026-11-27T09:00:00+01:00</news:publication_date>
                    <news:title>Tide</news:title></news:news></url>
                </urlset>""".formatted(server.url("")));
        String plain = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/news/2026/01/ice.html</loc><lastmod>2026-01-04</lastmod></url>
                  <url><loc>%1$s/news/2026/02/thaw.html</loc></url>
                </urlset>""".formatted(server.url(""));
        server.respond("/sitemap-2026.xml.gz", new Response(200, Map.of("Content-Type", "application/gzip"),
                gzip(plain)));
        List<String> urls = discoverer.discover(StartPoint.sitemap(server.url("/sitemap-index.xml"))).stream()
                .map(DiscoveredLink::url).sorted().toList();
        assertEquals(List.of(server.url("/news/2026/01/ice.html"), server.url("/news/2026/02/thaw.html"),
                server.url("/news/2026/11/tide.html")), urls);
    }

    @Test
    void readsTheSitemapsRobotsTxtNames() throws Exception {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /search\n\nSitemap: "
                + server.url("/sitemap-a.xml") + "\n");
        server.page("/sitemap-a.xml", 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s/blog/heron/</loc></url>
                </urlset>""".formatted(server.url("")));
        List<DiscoveredLink> links = discoverer.discover(StartPoint.robots(server.url("/")));
        assertEquals(List.of(server.url("/blog/heron/")), links.stream().map(DiscoveredLink::url).toList());
        assertEquals(DiscoveryMethod.SITEMAP, links.get(0).via());
    }

    @Test
    void listingPagesKeepOnlyAcceptedLinks() throws Exception {
        server.page("/", 200, "text/html", """
                <html><body><nav><a href="/">Home</a><a href="/about">About</a></nav>
                <a href="/news/2026/11/a.html">A</a> <a href="/news/2026/11/a.html">A again</a>
                <a href="news/2026/11/b.html">B (relative)</a> <a href="/news/live/c.html">Live</a>
                <a href="mailto:desk@example.org">Mail</a> <a href="javascript:void(0)">JS</a>
                </body></html>""");
        StartPoint listing = StartPoint.listing(server.url("/"),
                List.of(Pattern.compile("/news/\\d{4}/")), List.of(Pattern.compile("/live/")));
        List<DiscoveredLink> links = discoverer.discover(listing);
        assertEquals(List.of(server.url("/news/2026/11/a.html"), server.url("/news/2026/11/b.html")),
                links.stream().map(DiscoveredLink::url).toList());
        assertTrue(links.stream().allMatch(l -> l.via() == DiscoveryMethod.LISTING
                && l.referrer().equals(server.url("/"))));
    }

    @Test
    void externalEntitiesInFeedsAndSitemapsAreNeverResolved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOPSECRET");
        server.page("/evil-sitemap.xml", 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s/page/&xxe;</loc></url>
                </urlset>""".formatted(secret.toUri(), server.url("")));
        server.page("/evil-feed.xml", 200, "application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><item><link>%s/item/&xxe;</link></item></channel></rss>
                """.formatted(secret.toUri(), server.url("")));
        for (StartPoint start : List.of(StartPoint.sitemap(server.url("/evil-sitemap.xml")),
                StartPoint.feed(server.url("/evil-feed.xml")))) {
            try {
                List<DiscoveredLink> links = discoverer.discover(start);
                assertTrue(links.stream().noneMatch(l -> l.url().contains("TOPSECRET")), links::toString);
            } catch (DiscoveryException refused) {
                assertTrue(!refused.getMessage().contains("TOPSECRET"), refused.getMessage());
            }
        }
    }

    @Test
    void followsSectionAndNextPagesUpToTheDepth() throws Exception {
        server.page("/", 200, "text/html", """
                <html><body><a href="/news/2026/11/front.html">Front</a> <a href="/section/sport/">Sport</a>
                <a href="/about.html">About</a></body></html>""");
        server.page("/section/sport/", 200, "text/html", """
                <html><body><a href="/news/2026/11/match.html">Match</a> <a href="/section/sport/?page=2">More</a>
                </body></html>""");
        server.page("/section/sport/?page=2", 200, "text/html", "<a href=\"/news/2026/11/too-deep.html\">x</a>");
        StartPoint listing = new StartPoint(StartPoint.Kind.LISTING, server.url("/"),
                List.of(Pattern.compile("/news/\\d{4}/")), List.of(), List.of(Pattern.compile("/section/")), 2);
        List<DiscoveredLink> links = discoverer.discover(listing);
        assertEquals(List.of(server.url("/news/2026/11/front.html"), server.url("/news/2026/11/match.html")),
                links.stream().map(DiscoveredLink::url).toList());
        assertEquals(List.of(1, 2), links.stream().map(DiscoveredLink::depth).toList());
        assertEquals(List.of("/", "/section/sport/"), server.requests(),
                "depth 2 reads the start page and the section page it links, nothing deeper");
    }

    @Test
    void anUnreadableStartPointNamesItsUrl() {
        server.page("/feed.xml", 200, "application/rss+xml", "this is not xml at all");
        DiscoveryException e = assertThrows(DiscoveryException.class,
                () -> discoverer.discover(StartPoint.feed(server.url("/feed.xml"))));
        assertEquals(server.url("/feed.xml"), e.url());
        DiscoveryException missing = assertThrows(DiscoveryException.class,
                () -> discoverer.discover(StartPoint.sitemap(server.url("/nope.xml"))));
        assertTrue(missing.getMessage().contains("404"), missing.getMessage());
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
