package dev.ingest.routes.fetch;

import dev.ingest.routes.support.DaemonThreads;
import dev.ingest.routes.fetch.FetchException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches one URL over HTTP(S) with hard limits: redirects are followed by hand (so each hop can be checked and
 * counted), the body is read up to {@code maxBodyBytes} after decompression (a gzip bomb stops at the limit), and
 * the whole exchange must finish within the read timeout.
 *
 * <p>{@code fetcher.fetch("https://news.example.com/story", "text/html")} returns the page or throws a
 * {@link FetchException} whose kind says why: {@code HTTP_STATUS} (with the status), {@code NOT_HTML},
 * {@code TOO_LARGE}, {@code TOO_MANY_REDIRECTS}, {@code TIMEOUT}, {@code CONNECTION}, {@code BAD_URL}.
 */
public final class PageFetcher {
    private static final String HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final ScheduledExecutorService WATCHDOG = DaemonThreads.scheduler("ingest-fetch-watchdog");

    private final HttpClient client;
    private final FetchSettings settings;
    private final Clock clock;

    public PageFetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Fetches an HTML page; any other content type fails with {@link Kind#NOT_HTML}. */
    public FetchedPage fetchHtml(String url) throws FetchException {
        return fetchHtml(url, null, null);
    }

    /**
     * Fetches an HTML page, conditionally when validators from an earlier fetch are given: the answer may then be
     * {@code 304} ({@link FetchedPage#notModified()}), with no body.
     */
    public FetchedPage fetchHtml(String url, String etag, String lastModified) throws FetchException {
        return fetchHtml(url, etag, lastModified, RequestPolicy.NONE);
    }

    /** Like {@link #fetchHtml(String, String, String)}, with {@code policy} admitting each request and redirect hop. */
    public FetchedPage fetchHtml(String url, String etag, String lastModified, RequestPolicy policy)
            throws FetchException {
        FetchedPage page = fetch(url, HTML_ACCEPT, etag, lastModified, policy);
        if (!page.notModified() && !isHtml(page.contentType())) {
            throw new FetchException(Kind.NOT_HTML, url, page.status(),
                    "expected an HTML page but " + page.finalUrl() + " is '" + page.contentType() + "'");
        }
        if (!page.notModified() && looksBinary(page.body())) {
            throw new FetchException(Kind.NOT_HTML, url, page.status(), page.finalUrl() + " is labelled '"
                    + page.contentType() + "' but holds binary data");
        }
        return page;
    }

    /** Fetches any document (feeds, sitemaps, robots.txt) with the given Accept header. */
    public FetchedPage fetch(String url, String accept) throws FetchException {
        return fetch(url, accept, null, null, RequestPolicy.NONE);
    }

    /** Fetches any document, with {@code policy} admitting each request and redirect hop. */
    public FetchedPage fetch(String url, String accept, RequestPolicy policy) throws FetchException {
        return fetch(url, accept, null, null, policy);
    }

    @SuppressWarnings("try") // the permit is held while the request is in flight
    private FetchedPage fetch(String url, String accept, String etag, String lastModified, RequestPolicy policy)
            throws FetchException {
        URI target = toUri(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            try (HostGate.Permit permit = admit(policy, target, url)) {
                Instant deadline = clock.instant().plus(settings.readTimeout());
                HttpResponse<InputStream> response = send(target, accept, url, etag, lastModified);
                int status = response.statusCode();
                if (status == 304 && (etag != null || lastModified != null)) {
                    drain(response);
                    return new FetchedPage(url, target.toString(), 304, "", new byte[0], now(), etag, lastModified);
                }
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.headers().firstValue("Location").orElse(null);
                    drain(response);
                    if (location == null) {
                        throw new FetchException(Kind.HTTP_STATUS, url, status,
                                "redirect " + status + " from " + target + " has no Location header");
                    }
                    target = toUri(target.resolve(location.strip()).toString());
                    continue;
                }
                if (status < 200 || status >= 300) {
                    drain(response);
                    Duration retryAfter = response.headers().firstValue("Retry-After")
                            .flatMap(v -> RetryAfter.parse(v, clock.instant())).orElse(null);
                    throw new FetchException(Kind.HTTP_STATUS, url, status, "HTTP " + status + " from " + target
                            + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + "s)"), null,
                            retryAfter);
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                String encoding = response.headers().firstValue("Content-Encoding").orElse("");
                byte[] body = readBody(response.body(), encoding, target.toString(), deadline);
                return new FetchedPage(url, target.toString(), status, contentType, body, now(),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
        }
        throw new FetchException(Kind.TOO_MANY_REDIRECTS, url, 0,
                "more than " + settings.maxRedirects() + " redirects starting at " + url);
    }

    private static HostGate.Permit admit(RequestPolicy policy, URI target, String url) throws FetchException {
        try {
            return policy.admit(target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.CONNECTION, url, 0, "interrupted while waiting to fetch " + target, e);
        }
    }

    /**
     * True when the first 1 KB holds a byte no text has: the "binary data bytes" of the WHATWG MIME sniffing
     * standard (0x00-0x08, 0x0B, 0x0E-0x1A, 0x1C-0x1F). UTF-16 text starts with a byte-order mark and is let through.
     */
    static boolean looksBinary(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return false;
        }
        int n = Math.min(body.length, 1024);
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true; // undeclared: let the parser judge; jsoup copes with anything text-like
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                java.time.ZoneOffset.UTC);
    }

    private HttpResponse<InputStream> send(URI target, String accept, String originalUrl, String etag,
                                           String lastModified) throws FetchException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            builder.header("If-Modified-Since", lastModified);
        }
        HttpRequest request = builder.build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(Kind.TIMEOUT, originalUrl, 0, "connect timeout to " + target.getHost(), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException(Kind.TIMEOUT, originalUrl, 0,
                    "no response from " + target + " within " + settings.readTimeout().toSeconds() + "s", e);
        } catch (IOException e) {
            throw new FetchException(Kind.CONNECTION, originalUrl, 0,
                    "cannot fetch " + target + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.CONNECTION, originalUrl, 0, "interrupted while fetching " + target, e);
        }
    }

    private byte[] readBody(InputStream raw, String encoding, String url, Instant deadline) throws FetchException {
        long limit = settings.maxBodyBytes();
        // a body that stops arriving would block read() for ever: close the stream when the deadline passes
        long remaining = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(raw);
        }, remaining, TimeUnit.MILLISECONDS);
        try (InputStream in = decoder(raw, encoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + (long) n > limit) {
                    throw new FetchException(Kind.TOO_LARGE, url, 200,
                            "body of " + url + " exceeds ingest.fetch.max-body-bytes=" + limit);
                }
                out.write(buf, 0, n);
                if (clock.instant().isAfter(deadline)) {
                    throw new FetchException(Kind.TIMEOUT, url, 200,
                            "body of " + url + " did not arrive within " + settings.readTimeout().toSeconds() + "s");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (expired.get()) {
                throw new FetchException(Kind.TIMEOUT, url, 200, "body of " + url + " did not arrive within "
                        + settings.readTimeout().toSeconds() + "s", e);
            }
            throw new FetchException(Kind.CONNECTION, url, 200,
                    "reading the body of " + url + " failed: " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how the read is interrupted; a failure to close changes nothing
        }
    }

    private static InputStream decoder(InputStream raw, String encoding) throws IOException {
        String enc = encoding.strip().toLowerCase(Locale.ROOT);
        if (enc.equals("gzip") || enc.equals("x-gzip")) {
            return new GZIPInputStream(raw, 8192);
        }
        if (enc.equals("deflate")) {
            return new InflaterInputStream(raw, new Inflater(false), 8192);
        }
        return raw;
    }

    private static void drain(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.skipNBytes(0);
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    private static URI toUri(String url) throws FetchException {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException(Kind.BAD_URL, url, 0, "only absolute http(s) URLs can be fetched: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException(Kind.BAD_URL, url, 0, "not a valid URL: " + url, e);
        }
    }
}
