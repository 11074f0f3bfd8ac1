package dev.ingest.core.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;

/**
 * A base URL parsed once, resolving links exactly as jsoup's {@code Element.absUrl} does
 * ({@code StringUtil.resolve(base, link)}), only cheaper: jsoup strips control characters with a regex that matches
 * (empty) at every character, and asks {@code java.net.URL} twice about an inline {@code data:} image — a hundred
 * kilobytes of base64 is then read some six times over.
 *
 * <p>{@code new BaseUrl("https://news.example/a/b").resolve("../c?d")} is {@code "https://news.example/c?d"};
 * {@code resolve("data:image/png;base64,…")} is the link itself, as jsoup gives it.
 */
final class BaseUrl {
    /** What jsoup removes from the start of a resolved file: dot segments above the root ("/../../a"). */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
    /** Schemes with no {@code java.net.URL} handler that pages put inline: jsoup gives such a link back as it is. */
    private static final String[] INLINE_SCHEMES = {"data:", "javascript:"};

    final String uri;
    /** The parsed base, or null where jsoup's own resolution must run (a base it cannot parse, control chars). */
    private final URL parsed;
    private String host;

    BaseUrl(String uri) {
        this.uri = uri;
        this.parsed = firstControlChar(uri) >= 0 ? null : parse(uri);
    }

    /** {@code StringUtil.resolve(uri, link)}: "" for a link that neither resolves nor has a scheme of its own. */
    String resolve(String link) {
        String rel = withoutControlChars(link);
        if (isInline(rel)) {
            return rel; // java.net.URL has no handler for it, and jsoup keeps a link with a scheme it cannot resolve
        }
        if (parsed != null) {
            try {
                return resolve(parsed, rel).toExternalForm();
            } catch (MalformedURLException e) {
                // jsoup's string form goes on to read the link as absolute: let it, it fails the same way first
            }
        }
        return StringUtil.resolve(uri, link);
    }

    /** The host of the base ({@code new URL(uri).getHost()}); null if it is no URL. */
    String host() {
        if (host == null) {
            URL url = parse(uri);
            host = url == null ? "\0" : url.getHost();
        }
        return host.equals("\0") ? null : host;
    }

    /**
     * {@code StringUtil.resolve(URL, String)} for a link already without control characters: a query alone keeps
     * the base's path, dot segments above the root are dropped, and an http(s) URL must name a host.
     */
    private static URL resolve(URL base, String rel) throws MalformedURLException {
        if (rel.startsWith("?")) {
            rel = base.getPath() + rel;
        }
        URL url = new URL(base, rel);
        String file = EXTRA_DOT_SEGMENTS.matcher(url.getFile()).replaceFirst("/");
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        URL resolved = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
        if (StringUtil.isHttpScheme(resolved.getProtocol()) && resolved.getHost().isEmpty()) {
            throw new MalformedURLException("Invalid URL: host is missing");
        }
        return resolved;
    }

    /** Whether the link starts right away with a scheme of {@link #INLINE_SCHEMES}, in any case. */
    private static boolean isInline(String rel) {
        for (String scheme : INLINE_SCHEMES) {
            if (rel.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without the characters U+0000–U+001F; {@code s} itself when it has none (the usual case). */
    static String withoutControlChars(String s) {
        int i = firstControlChar(s);
        if (i < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0x1f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= 0x1f) {
                return i;
            }
        }
        return -1;
    }

    private static URL parse(String uri) {
        try {
            return new URL(uri);
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
