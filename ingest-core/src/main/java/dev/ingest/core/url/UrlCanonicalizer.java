package dev.ingest.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the many spellings of one page's address into one, so that one article gets one id.
 *
 * <p>{@code HTTPS://News.Example.COM:443/a/../story?utm_source=x&id=7#top} becomes
 * {@code https://news.example.com/story?id=7}: scheme and host lower-cased, default port, dot segments,
 * fragment and tracking parameters removed. Only {@code http} and {@code https} are accepted.
 */
public final class UrlCanonicalizer {

    /** Query parameters that only say how a reader arrived, never which page it is. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
            "ref_src", "ref_url", "cmpid", "ncid", "sr_share", "at_medium", "at_campaign", "spm", "share");

    private static final String TRACKING_PREFIX = "utm_";

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of an absolute http(s) URL.
     *
     * @throws IllegalArgumentException naming the URL and what is wrong with it
     */
    public static String canonicalize(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = withoutDotSegments(path);
        String query = stripTracking(uri.getRawQuery());
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The path with its "." and ".." segments resolved as RFC 3986 (5.2.4) does, and nothing else changed: a double
     * slash stays, since "/web/2016/http://site/" and "/web/2016/http:/site/" are different resources (URI.normalize
     * would collapse it).
     */
    static String withoutDotSegments(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) { // segments[0] is the empty string before the leading slash
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add(""); // "/a/b/.." is the directory "/a/"
                }
            } else {
                out.add(segment);
            }
        }
        return "/" + String.join("/", out);
    }

    /** The canonical form, or empty when the text is not an absolute http(s) URL. */
    public static Optional<String> findCanonical(String url) {
        try {
            return Optional.of(canonicalize(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The page's own canonical address: its {@code rel=canonical} link when that is a plausible address of the
     * same page, else the fetched URL (a non-http fetched URL, such as a saved file's, is kept as it is unless the page
     * declares an http(s) canonical). A canonical link to a site's home page from a deeper page is a common
     * template mistake and is ignored.
     */
    public static String articleUrl(String fetchedUrl, String declaredCanonical) {
        Optional<String> fetchedHttp = findCanonical(fetchedUrl);
        if (fetchedHttp.isEmpty()) {
            // a saved file (file:) or similar: its declared canonical address is the best id there is
            return declaredCanonical == null ? fetchedUrl : findCanonical(declaredCanonical).orElse(fetchedUrl);
        }
        String fetched = fetchedHttp.get();
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return fetched;
        }
        Optional<String> declared;
        try {
            declared = findCanonical(URI.create(fetched).resolve(declaredCanonical.trim()).toString());
        } catch (IllegalArgumentException e) {
            return fetched;
        }
        if (declared.isEmpty()) {
            return fetched;
        }
        URI d = URI.create(declared.get());
        URI f = URI.create(fetched);
        boolean declaredIsRoot = "/".equals(d.getRawPath()) && d.getRawQuery() == null;
        boolean fetchedIsRoot = "/".equals(f.getRawPath());
        return declaredIsRoot && !fetchedIsRoot ? fetched : declared.get();
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: '" + url + "' (" + e.getReason() + ")", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException(
                    "only absolute http and https URLs are accepted, got '" + url + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("URL has no host: '" + url + "'");
        }
        return uri;
    }

    private static String stripTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith(TRACKING_PREFIX) && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
