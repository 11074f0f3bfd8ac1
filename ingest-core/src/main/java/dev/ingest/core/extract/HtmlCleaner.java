package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Removes what is never the article from a parsed page: scripts and styles, hidden elements, forms and embeds,
 * navigation, headers, footers, asides, and blocks whose class or id names boilerplate (share bars, related links,
 * newsletter and cookie boxes, ads, author boxes, comment sections).
 *
 * <p>Chrome is kept when it holds much of the page's text, because some templates wrap the whole story in a
 * {@code <header>} or a {@code class="grid"}: {@code <body><nav>Home</nav><div class="share">Tweet</div>
 * <p>Story…</p></body>} becomes {@code <body><p>Story…</p></body>}.
 */
final class HtmlCleaner {
    /** Never content, and everything in the head. */
    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "frame", "frameset", "link", "meta", "input", "button", "select", "textarea",
            "option", "label", "dialog", "audio", "video", "source", "track", "map", "area", "math");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern BOILERPLATE_SUMMARY = Pattern.compile("(?iu)comment|kommentar|réaction|reaction"
            + "|comentario|reply|replies|antwort|discussion|diskussion");
    private static final Evaluator ARTICLE_MARKERS = QueryParser.parse("article, main, [itemprop~=(?i)articleBody], h1");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop~=(?i)articleBody]");

    private HtmlCleaner() {
    }

    /**
     * Cleans {@code doc} in place, after removing the source's own {@code removeSelectors}; gives the text statistics
     * of what is left.
     */
    static TextStats clean(Document doc, List<String> removeSelectors) {
        for (String selector : removeSelectors) {
            try {
                doc.select(selector).remove();
                PageIndex.forget(doc);
            } catch (Selector.SelectorParseException e) {
                // A bad per-source selector must not lose the page; the source check reports it.
            }
        }
        PageIndex index = PageIndex.of(doc);
        TextStats stats = index.textStats();
        List<Element> always = new ArrayList<>();
        for (Element e : index.all()) {
            if (ALWAYS.contains(e.normalName()) || e.parent() != null && e.parent().nameIs("head")) {
                always.add(e);
            }
        }
        PageIndex.forget(doc); // the metadata readers are done with it; the tree changes from here on
        always.forEach(stats::remove);
        index.comments().forEach(Node::remove);
        Element body = doc.body();
        int total = Math.max(1, stats.text(body));
        Element story = storyBlock(body, stats);
        Set<Element> holdsStory = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e = story; e != null && e != body; e = e.parent()) {
            holdsStory.add(e);
        }
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            private boolean inStory;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (e == story) {
                    inStory = true;
                }
                if (!holdsStory.contains(e) && remove(e, stats, total, inStory)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == story) {
                    inStory = false;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element e : doomed) {
            stats.remove(e);
        }
        return stats;
    }

    /**
     * The deepest block that holds most of the page's running text, not counting comment sections: the story, or
     * the wrapper around its parts. Blocks on the way to it are never removed, whatever their names say (a
     * {@code class="module"} around the story, or a consent banner the parser wrapped around the page for want of a
     * closing tag).
     */
    private static Element storyBlock(Element body, TextStats stats) {
        Element at = body;
        while (true) {
            int prose = stats.prose(at);
            for (Element child : at.children()) {
                if (Hints.of(child) == Hints.Kind.DISCUSSION || isHidden(child)) {
                    prose -= stats.prose(child); // a long comment thread must not outweigh the story beside it
                }
            }
            Element next = null;
            for (Element child : at.children()) {
                if (stats.prose(child) * 2 > prose && Hints.of(child) != Hints.Kind.DISCUSSION
                        && !isHidden(child)) {
                    next = child;
                    break;
                }
            }
            if (next == null || prose < TextStats.PROSE_MIN) {
                return at;
            }
            at = next;
        }
    }

    private static boolean remove(Element e, TextStats stats, int total, boolean inStory) {
        if (isHidden(e)) {
            return stats.text(e) < total * 0.5;
        }
        String tag = e.normalName();
        if (tag.equals("details")) {
            Element summary = e.selectFirst("summary");
            if (summary != null && BOILERPLATE_SUMMARY.matcher(summary.text()).find()) {
                return true;
            }
        }
        if (tag.equals("article") || tag.equals("main")) {
            return false;
        }
        double share = stats.text(e) / (double) total;
        Hints.Kind kind = Hints.of(e);
        if (kind == Hints.Kind.DISCUSSION) {
            return share < 0.8 && e.selectFirst(ARTICLE_MARKERS) == null || share < 0.15;
        }
        // Inside the story, a block of running text is part of it whatever its name ("module", "paywall")
        if (inStory && stats.prose(e) >= 100 && stats.linkDensity(e) < 0.3 && !Hints.isAboutAuthor(e)
                && !tag.equals("form") && !Hints.isWidget(e)) {
            return false;
        }
        if (kind == Hints.Kind.BOILERPLATE) {
            return share < 0.8 && e.selectFirst(ARTICLE_MARKERS) == null || share < 0.15;
        }
        if (CHROME_TAGS.contains(tag)) {
            return share < 0.3 || stats.linkDensity(e) > 0.5;
        }
        if (kind == Hints.Kind.CHROME) {
            return share < 0.3 && e.selectFirst(ARTICLE_BODY) == null;
        }
        return false;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.nameIs("figure")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
