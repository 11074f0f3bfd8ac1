package dev.ingest.routes.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.routes.fetch.FetchException.Kind;
import dev.ingest.routes.testing.TestHttpServer;
import dev.ingest.routes.testing.TestHttpServer.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFetcherTest {
    private static final String HTML = "<!doctype html><title>t</title><p>Hello</p>";
    private TestHttpServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestHttpServer();
        fetcher = new PageFetcher(new FetchSettings("ingest-test/1 (+https://example.org/bot)", Duration.ofSeconds(2),
                Duration.ofSeconds(5), 64 * 1024, 3), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAnHtmlPage() throws Exception {
        server.page("/a", 200, "text/html; charset=utf-8", HTML);
        FetchedPage page = fetcher.fetchHtml(server.url("/a"));
        assertEquals(200, page.status());
        assertEquals(server.url("/a"), page.finalUrl());
        assertEquals(HTML, new String(page.body(), StandardCharsets.UTF_8));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        server.respond("/old", new Response(301, Map.of("Location", "/mid"), new byte[0]));
        server.respond("/mid", new Response(302, Map.of("Location", server.url("/new")), new byte[0]));
        server.page("/new", 200, "text/html", HTML);
        FetchedPage page = fetcher.fetchHtml(server.url("/old"));
        assertEquals(server.url("/new"), page.finalUrl());
        assertEquals(server.url("/old"), page.requestedUrl());
    }

    @Test
    void stopsARedirectLoop() {
        server.respond("/loop", new Response(302, Map.of("Location", "/loop"), new byte[0]));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(server.url("/loop")));
        assertEquals(Kind.TOO_MANY_REDIRECTS, e.kind());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"404", "410", "429", "500", "503"})
    void anErrorStatusIsAFailureThatNamesIt(int status) {
        server.page("/e", status, "text/html", "<p>error</p>");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(server.url("/e")));
        assertEquals(Kind.HTTP_STATUS, e.kind());
        assertEquals(status, e.status());
        assertTrue(e.getMessage().contains(String.valueOf(status)) && e.getMessage().contains("/e"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/pdf", "image/jpeg", "application/json"})
    void anythingButHtmlIsRefused(String type) {
        server.page("/f", 200, type, "%PDF-1.7");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(server.url("/f")));
        assertEquals(Kind.NOT_HTML, e.kind());
        assertTrue(e.getMessage().contains(type), e.getMessage());
    }

    @Test
    void binaryDataLabelledHtmlIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        server.respond("/img", new Response(200, Map.of("Content-Type", "text/html"), png));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(server.url("/img")));
        assertEquals(Kind.NOT_HTML, e.kind());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void decodesGzip() throws Exception {
        server.respond("/gz", new Response(200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
                gzip(HTML.getBytes(StandardCharsets.UTF_8))));
        assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), fetcher.fetchHtml(server.url("/gz")).body());
    }

    @Test
    void aBodyOverTheLimitFailsEvenWhenCompressedSmall() throws Exception {
        byte[] bomb = gzip(new byte[5 * 1024 * 1024]);
        assertTrue(bomb.length < 64 * 1024, "the compressed body itself is under the limit");
        server.respond("/bomb", new Response(200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
                bomb));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(server.url("/bomb")));
        assertEquals(Kind.TOO_LARGE, e.kind());
    }

    @Test
    void aRefusedConnectionIsAConnectionFailure() throws Exception {
        String url = server.url("/gone");
        server.close();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml(url));
        assertEquals(Kind.CONNECTION, e.kind());
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetchHtml("file:///etc/passwd"));
        assertEquals(Kind.BAD_URL, e.kind());
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
