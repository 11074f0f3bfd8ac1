package dev.ingest.core.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes the main content safe to show elsewhere: only structural and text tags survive, with absolute
 * {@code http(s)} URLs; no scripts, styles, event handlers, {@code javascript:} links or tracking pixels.
 *
 * <p>{@code <p onclick="x()">Hi <a href="/a">a</a><img src="/p.gif" width="1" height="1"></p>} on
 * {@code https://news.example/} becomes {@code <p>Hi <a href="https://news.example/a" rel="nofollow">a</a></p>}.
 */
final class Sanitiser {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "time", "mark", "abbr", "section", "article", "main")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .preserveRelativeLinks(false)
            .addEnforcedAttribute("a", "rel", "nofollow");

    /** A width or height of one pixel or none. */
    private static final Pattern TINY = Pattern.compile("[01](px)?");

    private Sanitiser() {
    }

    /**
     * The safe HTML of {@code roots}. They are moved out of their document into the one being cleaned (no copy of
     * the story is made): call it last, or pass clones if the roots are still needed.
     */
    static String sanitise(List<Element> roots, String baseUri) {
        Document shell = Document.createShell(baseUri == null ? "" : baseUri);
        for (Element root : roots) {
            root.select("img").forEach(img -> {
                if (isPixel(img)) {
                    img.remove();
                } else if (!img.hasAttr("src") || img.attr("src").startsWith("data:")) {
                    String lazy = firstAttr(img, "data-src", "data-original", "data-lazy-src", "data-srcset");
                    if (lazy != null) {
                        img.attr("src", lazy.split("\\s")[0]);
                    }
                }
            });
            shell.body().appendChild(root);
        }
        Document clean = new Cleaner(SAFELIST).clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** A 1×1 or 0×0 image, or one served from a typical beacon path: a tracker, not an illustration. */
    static boolean isPixel(Element img) {
        String w = img.attr("width").strip();
        String h = img.attr("height").strip();
        if (TINY.matcher(w).matches() || TINY.matcher(h).matches()) {
            return true;
        }
        String src = img.attr("src").toLowerCase(java.util.Locale.ROOT);
        return src.contains("/pixel") || src.contains("beacon") || src.contains("/track") || src.contains("1x1");
    }

    private static String firstAttr(Element e, String... names) {
        for (String n : names) {
            if (e.hasAttr(n) && !e.attr(n).isBlank()) {
                return e.absUrl(n).isEmpty() ? e.attr(n) : e.absUrl(n);
            }
        }
        return null;
    }
}
