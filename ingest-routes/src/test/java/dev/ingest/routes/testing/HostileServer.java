package dev.ingest.routes.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A misbehaving web server on loopback, written on raw sockets so it can do what a polite server library won't:
 * stall before the headers, trickle or stall the body, stream 50 MB, send a gzip bomb, lie about the content type,
 * redirect in circles. Each behaviour is a path; {@link #url} gives its address.
 */
public final class HostileServer implements AutoCloseable {
    /** What to do with one request: write whatever (or nothing) to the socket. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

    public HostileServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(this::acceptLoop);
    }

    public HostileServer on(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                pool.submit(() -> serve(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                // headers are read and ignored
            }
            String path = requestLine == null ? "/" : requestLine.split(" ")[1];
            Behaviour b = behaviours.getOrDefault(path, out -> head(out, 404, "text/plain", 9).write("not found".getBytes()));
            b.answer(s.getOutputStream());
            s.getOutputStream().flush();
        } catch (IOException | InterruptedException e) {
            // the client went away, which is what hostile answers are for
        }
    }

    /** Writes a status line and headers; returns the stream for the body. */
    public static OutputStream head(OutputStream out, int status, String type, long length, String... extra)
            throws IOException {
        StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        if (type != null) {
            h.append("Content-Type: ").append(type).append("\r\n");
        }
        if (length >= 0) {
            h.append("Content-Length: ").append(length).append("\r\n");
        }
        for (String e : extra) {
            h.append(e).append("\r\n");
        }
        h.append("Connection: close\r\n\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return out;
    }

    /** {@code n} bytes of zeros, gzip-compressed: a few hundred KB that inflate to {@code n}. */
    public static byte[] gzipBomb(long n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < n; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }
}
