package dev.ingest.routes.ops;

import dev.ingest.routes.support.DaemonThreads;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.routes.camel.Topics;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.pipeline.PipelineCounters.LastError;
import dev.ingest.routes.pipeline.PipelineCounters.SourceStatus;
import dev.ingest.routes.support.HttpResponses;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP face for operators: {@code /} a status page (sources with last run, counts and last errors;
 * the topics), {@code /api/status} the same as JSON, {@code /health/live} and {@code /health/ready} (200 or 503 with
 * each check), and {@code /metrics} in the Prometheus text format.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = ArticleJson.mapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Readiness readiness;
    private final PrometheusMeterRegistry metrics;
    private final PipelineCounters counters;
    private final Topics topics;
    private final String bootstrap;

    private OpsServer(HttpServer server, ExecutorService executor, Readiness readiness,
                      PrometheusMeterRegistry metrics, PipelineCounters counters, Topics topics, String bootstrap) {
        this.server = server;
        this.executor = executor;
        this.readiness = readiness;
        this.metrics = metrics;
        this.counters = counters;
        this.topics = topics;
        this.bootstrap = bootstrap;
    }

    public static OpsServer start(String host, int port, Readiness readiness, PrometheusMeterRegistry metrics,
                                  PipelineCounters counters, Topics topics, String bootstrap) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, DaemonThreads.named("ingest-ops-http"));
        server.setExecutor(executor);
        OpsServer ops = new OpsServer(server, executor, readiness, metrics, counters, topics, bootstrap);
        server.createContext("/", ops::handle);
        server.start();
        LOG.info("status page, health and metrics on http://{}:{}/ (/health/live, /health/ready, /metrics)",
                host, ops.port());
        return ops;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/health/live" -> health(ex, readiness.liveness());
                case "/health/ready" -> health(ex, readiness.readiness());
                case "/metrics" -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
                case "/api/status" -> send(ex, 200, "application/json", JSON.writeValueAsString(status()));
                case "/" -> send(ex, 200, "text/html; charset=utf-8", page());
                default -> send(ex, 404, "text/plain; charset=utf-8", "not found: " + path);
            }
        } catch (RuntimeException e) {
            LOG.error("ops endpoint {} failed", ex.getRequestURI(), e);
        }
    }

    private void health(HttpExchange ex, List<Readiness.Check> checks) throws IOException {
        send(ex, Readiness.allUp(checks) ? 200 : 503, "application/json",
                JSON.writeValueAsString(Readiness.json(checks)));
    }

    Map<String, Object> status() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kafka", bootstrap);
        s.put("topics", Map.of("articles", topics.articles(), "frontier", topics.frontier(),
                "deadLetter", topics.deadLetter(), "state", topics.state()));
        s.put("totals", Map.of("queued", counters.queuedCount(), "published", counters.publishedCount(),
                "unchanged", counters.unchangedCount(), "skipped", counters.skippedCount(),
                "retried", counters.retriedCount(), "deadLetters", counters.deadLetteredCount()));
        s.put("sources", counters.sources());
        return s;
    }

    private String page() {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ingest status</title>")
                .append("<meta http-equiv=\"refresh\" content=\"10\">")
                .append("<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f4f4f4}")
                .append(".err{color:#a00}</style></head><body>")
                .append("<h1>ingest</h1>")
                .append("<p id=\"totals\">").append(counters.queuedCount()).append(" queued · ")
                .append(counters.publishedCount()).append(" published · ")
                .append(counters.unchangedCount()).append(" unchanged · ")
                .append(counters.deadLetteredCount()).append(" dead letters</p>")
                .append("<h2>Sources</h2><table id=\"sources\"><tr><th>Source</th><th>Last discovery</th>")
                .append("<th>Discovered</th><th>Fetched</th><th>Published</th><th>Unchanged</th><th>Failed</th>")
                .append("<th>Last errors</th></tr>");
        for (SourceStatus s : counters.sources()) {
            h.append("<tr class=\"source\" data-source=\"").append(esc(s.sourceId())).append("\"><td>")
                    .append(esc(s.sourceId())).append("</td><td>")
                    .append(s.lastDiscovery() == null ? "—" : esc(s.lastDiscovery().toString())).append("</td><td>")
                    .append(s.discovered()).append("</td><td>").append(s.fetched()).append("</td><td class=\"published\">")
                    .append(s.published()).append("</td><td>").append(s.unchanged()).append("</td><td>")
                    .append(s.failed()).append("</td><td>");
            for (LastError e : s.lastErrors()) {
                h.append("<div class=\"err\">").append(esc(e.at().toString())).append(' ').append(esc(e.type()))
                        .append(' ').append(esc(e.url())).append(": ").append(esc(e.message())).append("</div>");
            }
            h.append("</td></tr>");
        }
        h.append("</table><h2>Topics</h2><ul id=\"topics\">")
                .append("<li>articles: ").append(esc(topics.articles())).append("</li>")
                .append("<li>frontier: ").append(esc(topics.frontier())).append("</li>")
                .append("<li>dead letters: ").append(esc(topics.deadLetter())).append("</li>")
                .append("<li>page state: ").append(esc(topics.state())).append("</li></ul>")
                .append("<p>Kafka: ").append(esc(bootstrap)).append(" · <a href=\"/metrics\">metrics</a> · ")
                .append("<a href=\"/health/ready\">readiness</a> · <a href=\"/api/status\">JSON</a></p>")
                .append("</body></html>");
        return h.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        HttpResponses.send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
