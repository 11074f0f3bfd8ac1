package dev.ingest.core.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standfirst: the paragraph between the headline and the story that sums it up. Templates put it in the
 * article's {@code <header>} next to the byline, or in a block of its own called "teaser", "intro" or "lead", so
 * neither its name nor the story's paragraph cluster reaches it.
 *
 * <p>In {@code <header><h1>Ferry ordered</h1><p class=teaser>The town buys a ferry…</p><span>By Ann</span></header>
 * <div class=body><p>Story…</p></div>} the standfirst of {@code .body} is the teaser paragraph.
 */
final class Standfirst {
    private static final Evaluator H1 = QueryParser.parse("h1");
    /** Characters of running text a standfirst has at least: a sentence, not a dateline or a label. */
    private static final int MIN_TEXT = 80;
    /** Text that may stand between the standfirst and the story: a byline, a date, share buttons, a caption. */
    private static final int MAX_BETWEEN = 300;
    /** Text a block holding the standfirst may have besides it: the headline, a kicker, breadcrumbs, a byline. */
    private static final int MAX_BESIDE = 600;
    /** Elements a walk back to the headline passes at most: empty wrappers, icons, share buttons. */
    private static final int MAX_STEPS = 200;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    /** "article-headline", "articleIdentH1". */
    private static final Pattern HEADLINE = Pattern.compile("(?i)headline|h1\\b");
    /** A picture's caption and credit: "wp-caption-text", "img_description". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)caption|credit|legend|(?<![^\\s_-])(?:img|image|photo|picture)(?-i:(?![a-z0-9]))");
    /** The author's byline and bio ("article-byline", "author-box"), or a second headline ("article-dek"). */
    private static final Pattern BYLINE_OR_DEK = Pattern.compile(
            "(?i)byline|author|autor|dek(?![a-z])|deck|sub-?title");

    private Standfirst() {
    }

    /** The ARIA roles of a sidebar and a menu, as an {@code <aside>} and a {@code <nav>} are. */
    private static final java.util.Set<String> SIDE_ROLES = java.util.Set.of("complementary", "navigation");

    /**
     * The standfirst before {@code story}, or null: the last block of running text before it, after the page's
     * headline, with little but bylines, dates and pictures between it and the story.
     */
    static Element before(Element story, Element body, TextStats stats) {
        int between = 0;
        for (Element at = story; at != body && at.parent() != null; at = at.parent()) {
            for (Element s = at.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (s.nameIs("figure") || HtmlCleaner.isHidden(s) || stats.text(s) == 0) {
                    continue;
                }
                if (s.nameIs("aside") || s.nameIs("nav") || s.attributesSize() > 0 && SIDE_ROLES.contains(
                        s.attr("role").toLowerCase(java.util.Locale.ROOT))) {
                    continue; // a sidebar's intro (or its "Notify me" box) introduces the site, not the story
                }
                Element lead = lastParagraph(s, stats);
                if (lead != null && inBoilerplate(lead, s)) {
                    continue; // a consent banner's or a newsletter box's text, however it sits over the story
                }
                if (lead != null) {
                    Element headline = headlineOver(lead, body);
                    if (headline != null && linksHome(headline)) {
                        continue; // a blog's description under its name, which links home: the site's, not the post's
                    }
                    return stats.text(s) - stats.text(lead) <= MAX_BESIDE && headline != null ? lead : null;
                }
                between += stats.text(s);
                if (between > MAX_BETWEEN || Subtree.first(s, H1) != null) {
                    return null; // too far from the story, or the headline came with no standfirst under it
                }
            }
        }
        return null;
    }

    /** A link to a site's home page: "/", "https://orchard.example/", "https://orchard.example". */
    private static final java.util.regex.Pattern HOME = java.util.regex.Pattern.compile("(?i)https?://[^/?#]+/?|/");

    /** Whether {@code headline} is, or is in or holds, a link to the site's home page: the site's name. */
    private static boolean linksHome(Element headline) {
        Element link = headline.nameIs("a") ? headline : headline.closest("a");
        if (link == null) {
            link = headline.selectFirst("a[href]");
        }
        return link != null && link.hasAttr("href") && HOME.matcher(link.attr("href").strip()).matches();
    }

    /**
     * Whether {@code e} or a block around it up to {@code block} is a widget that never holds the story (a consent
     * banner, a newsletter box, a pop-up), a comment section or the writer's bio (a guest columnist's, over her text).
     */
    private static boolean inBoilerplate(Element e, Element block) {
        for (Element at = e; at != null; at = at.parent()) {
            if (!Hints.saysNothing(at) && (Hints.isWidget(at) || Hints.of(at) == Hints.Kind.DISCUSSION
                    || Hints.isAboutAuthor(at))) {
                return true;
            }
            if (at == block) {
                break;
            }
        }
        return false;
    }

    /** The last paragraph of running text in {@code block} after its headline, if it has one; not a caption. */
    private static Element lastParagraph(Element block, TextStats stats) {
        List<Element> all = Subtree.all(block);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.nameIs("h1")) {
                return null;
            }
            if (isParagraph(e, stats) && stats.linkDensity(e) < 0.2 && !HtmlCleaner.isHidden(e)
                    && !isFurniture(e, block)) {
                return e;
            }
        }
        return null;
    }

    /** A paragraph, or a block whose own text (not that of the blocks in it) is one. */
    private static boolean isParagraph(Element e, TextStats stats) {
        if (stats.prose(e) < MIN_TEXT) {
            return false;
        }
        return e.nameIs("p") || e.nameIs("blockquote") || TextStats.nonSpace(e.ownText()) >= MIN_TEXT;
    }

    /**
     * {@code e} describes a picture or the author, or is a subheadline: it is in a figure, a byline or a dek within
     * {@code block}, or it or the two blocks around it are named for a caption.
     */
    private static boolean isFurniture(Element e, Element block) {
        int level = 0;
        for (Element at = e; at != null; at = at.parent(), level++) {
            if (at.nameIs("figure") || at.nameIs("figcaption") || BYLINE_OR_DEK.matcher(at.className()).find()
                    || level <= 2 && CAPTION.matcher(at.className()).find()) {
                return true;
            }
            if (at == block) {
                break;
            }
        }
        return false;
    }

    /**
     * The headline shortly before the standfirst {@code e}, with little more than a kicker, a byline or a date
     * between, or null: a standfirst sits under one.
     */
    static Element headlineOver(Element e, Element body) {
        List<Element> holders = e.parents();
        int between = 0;
        Element at = e;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            Element previous = at.previousElementSibling();
            if (previous == null) {
                at = at.parent();
                if (at == null || at == body) {
                    return null;
                }
                if (holders.contains(at)) {
                    continue; // what holds the standfirst is not before it
                }
            } else {
                while (previous.childrenSize() > 0) {
                    previous = previous.lastElementChild();
                }
                at = previous;
            }
            // at: the element just before, in document order
            if (isHeadline(at)) {
                return at;
            }
            between += inPictureOrTable(at) ? 0 : TextStats.nonSpace(at.ownText());
            if (between > MAX_BETWEEN) {
                return null;
            }
        }
        return null;
    }

    /** Blocks whose text stands beside a story's opening, not in its way: a picture's caption, a score's table. */
    private static final Set<String> BESIDE = Set.of("figure", "figcaption", "table");

    /** Whether {@code e} is in a picture or a table (a match's score box between the headline and the lead). */
    private static boolean inPictureOrTable(Element e) {
        for (Element at = e; at != null && !at.nameIs("body"); at = at.parent()) {
            if (BESIDE.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeadline(Element e) {
        return HEADINGS.contains(e.normalName()) || HEADLINE.matcher(e.className()).find();
    }
}
