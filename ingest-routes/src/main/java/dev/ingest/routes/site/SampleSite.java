package dev.ingest.routes.site;

import dev.ingest.routes.support.DaemonThreads;
import dev.ingest.routes.support.HttpResponses;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the bundled sample publisher site (classpath {@code sample-site/}) on loopback: three fictional
 * publishers with real-looking page chrome, a listing page, an RSS feed, a sitemap and robots.txt. Every
 * {@code {{BASE_URL}}} in a served file becomes the server's own address, so feeds and sitemaps hold absolute
 * links that work on any port.
 *
 * <p>{@code try (SampleSite site = SampleSite.start(0)) { site.url("sitemap.xml"); }}
 */
public final class SampleSite implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleSite.class);
    static final String ROOT = "sample-site/";
    private static final String PLACEHOLDER = "{{BASE_URL}}";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;

    private SampleSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts serving on 127.0.0.1 at the given port (0 picks a free one). */
    public static SampleSite start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, DaemonThreads.named("sample-site"));
        server.setExecutor(executor);
        SampleSite site = new SampleSite(server, executor);
        server.createContext("/", site::handle);
        server.start();
        LOG.info("sample site serving on {}", site.baseUrl);
        return site;
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of a path of the site: {@code url("feed.xml")}. */
    public String url(String path) {
        return baseUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.contains("..")) {
                HttpResponses.send(exchange, 400, "text/plain; charset=utf-8",
                        "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String resource = ROOT + (path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1));
            byte[] body = read(resource);
            if (body == null) {
                HttpResponses.send(exchange, 404, "text/html; charset=utf-8",
                        "<!doctype html><title>Not found</title><p>No such page.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = contentType(resource);
            if (type.contains("charset=utf-8")) {
                body = new String(body, StandardCharsets.UTF_8).replace(PLACEHOLDER, baseUrl)
                        .getBytes(StandardCharsets.UTF_8);
            }
            HttpResponses.send(exchange, 200, type, body);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = SampleSite.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    static String contentType(String resource) {
        String name = resource.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith("feed.xml") || name.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        }
        if (name.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
