package dev.ingest.routes.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback whose answers a test sets per path: status, headers and body. It records every
 * request path, so tests can assert what was fetched.
 *
 * <p>{@code server.page("/story", 200, "text/html; charset=utf-8", html)}; {@code server.url("/story")}.
 */
public final class TestHttpServer implements AutoCloseable {
    /** One canned answer. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, java.util.Queue<Response>> sequences = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();

    /** One request as the server saw it: the Host header, the path (with query), when it arrived, and its answer. */
    public record Request(String host, String path, long nanoTime, int status) {
    }

    public TestHttpServer() throws IOException {
        this(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /**
     * A server answering on every address, so that 127.0.0.1, 127.0.0.2, ... reach it as different hosts (Linux
     * routes all of 127.0.0.0/8 to the loopback interface).
     */
    public static TestHttpServer onAllLoopbackAddresses() throws IOException {
        return new TestHttpServer(new InetSocketAddress(0));
    }

    private TestHttpServer(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public TestHttpServer page(String path, int status, String contentType, String body) {
        return respond(path, new Response(status, Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    public TestHttpServer respond(String path, Response response) {
        sequences.remove(path);
        responses.put(path, response);
        return this;
    }

    /** Answers a path with these responses in turn, then keeps answering with the last. */
    public TestHttpServer respondInTurn(String path, Response... inTurn) {
        sequences.put(path, new java.util.concurrent.ConcurrentLinkedQueue<>(List.of(inTurn)));
        responses.put(path, inTurn[inTurn.length - 1]);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Paths requested so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every request so far, with its host and arrival time. */
    public List<Request> log() {
        return List.copyOf(log);
    }

    /** The same server under another host name: {@code url("localhost", "/a")}. */
    public String url(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String full = query == null ? path : path + "?" + query;
            requests.add(full);
            java.util.Queue<Response> turn = sequences.get(path);
            Response next = turn == null ? null : turn.poll();
            Response r = next != null ? next : responses.get(path);
            if (r == null) {
                r = new Response(404, Map.of("Content-Type", "text/plain"), "not found".getBytes(StandardCharsets.UTF_8));
            }
            String etag = r.headers().get("ETag");
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (r.status() == 200 && etag != null && etag.equals(ifNoneMatch)) {
                r = new Response(304, Map.of("ETag", etag), new byte[0]);
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            log.add(new Request(host == null ? "" : host.replaceFirst(":\\d+$", ""), full, arrived, r.status()));
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
