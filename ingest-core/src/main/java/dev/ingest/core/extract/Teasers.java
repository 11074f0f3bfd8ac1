package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Teasers: blocks of one linked headline and little else, as a "More stories" grid shows other stories
 * ({@code <div class="card"><h3><a href="/other">Other story</a></h3><p>Its summary…</p><span>By …</span></div>}).
 * A grid of them is never the story, however long their summaries run next to a short story.
 */
final class Teasers {
    /** The longest a teaser can be: a headline, a summary of two or three sentences, a byline and a date. */
    static final int TEASER_MAX = 600;
    /** How many teasers make a grid, and how much of its text they are. */
    private static final int GRID_MIN = 3;
    private static final double GRID_SHARE = 0.8;
    private static final String[] HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private Teasers() {
    }

    /** The page's headings that link to a story ({@link #isLinkedHeadline}), from its index. */
    static List<Element> linkedHeadlines(PageIndex index, TextStats stats) {
        List<Element> out = new ArrayList<>();
        for (String tag : HEADING_TAGS) { // in no particular order: the grid test only counts them
            for (Element h : index.tag(tag)) {
                if (isLinkedHeadline(h, stats)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code e} is a grid of teasers: at least three, holding nearly all its text (the grid's own heading and
     * a "See more" link are the rest) and all its running text, so that no wrapper of a story and a grid is one.
     * Asked of the tree as parsed, before cleaning takes headings and bylines out, with the page's
     * {@link #linkedHeadlines}: each teaser has one of them, so a block with too few for its text is passed without
     * reading it.
     */
    static boolean isGrid(Element e, TextStats stats, List<Element> linkedHeadlines) {
        int text = stats.text(e);
        if (text <= TEASER_MAX || linkedHeadlines.size() < GRID_MIN) {
            return false;
        }
        int inside = 0;
        for (Element h : linkedHeadlines) {
            for (Element a = h; a != null; a = a.parent()) {
                if (a == e) {
                    inside++;
                    break;
                }
            }
        }
        if (inside < GRID_MIN || (double) inside * TEASER_MAX < text * GRID_SHARE) {
            return false;
        }
        Tally t = tally(e, stats);
        return t.teasers >= GRID_MIN && t.teaserText >= text * GRID_SHARE
                && stats.prose(e) - t.teaserProse < TextStats.PROSE_MIN;
    }

    /**
     * What the block {@code e} holds, read once from the leaves up: its headings (the heading, when there is one) and
     * its teasers, their text and their running text. A teaser is the largest block around one linked headline that
     * is short enough; a hidden block (the slides a carousel shows later) holds none, and no one's running text.
     */
    private record Tally(int headings, Element heading, int teasers, int teaserText, int teaserProse) {
        static final Tally NONE = new Tally(0, null, 0, 0, 0);
    }

    private static Tally tally(Element e, TextStats stats) {
        int text = stats.text(e);
        if (text == 0) {
            return Tally.NONE;
        }
        if (HtmlCleaner.isHidden(e)) {
            return Tally.NONE;
        }
        int headings = 0;
        Element heading = null;
        if (isHeading(e)) {
            headings = 1;
            heading = e;
        }
        int teasers = 0;
        int teaserText = 0;
        int teaserProse = 0;
        for (Element child : e.children()) {
            Tally t = tally(child, stats);
            headings += t.headings;
            heading = t.heading != null ? t.heading : heading;
            teasers += t.teasers;
            teaserText += t.teaserText;
            teaserProse += t.teaserProse;
        }
        if (headings != 1) {
            heading = null;
        }
        if (text <= TEASER_MAX && heading != null && isLinkedHeadline(heading, stats)) {
            return new Tally(1, heading, 1, text, stats.prose(e)); // the teasers inside it are this one
        }
        return new Tally(headings, heading, teasers, teaserText, teaserProse);
    }

    static boolean isHeading(Element e) {
        String name = e.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * A heading that is a link to a story: a few words, nearly all of them linked, or the heading inside the link of
     * a card ({@code <a href=/other><img><h3>…</h3></a>}), also through the card's header (Ghost's {@code <a
     * class=post-card-content-link><header class=post-card-header><h2>…</h2></header><div>excerpt</div></a>}).
     */
    static boolean isLinkedHeadline(Element heading, TextStats stats) {
        return stats.text(heading) >= 15 && (stats.linkDensity(heading) >= 0.9 || inCardLink(heading));
    }

    /** How many levels above a heading the link of its card may be. */
    private static final int CARD_LINK_LEVELS = 2;

    private static boolean inCardLink(Element heading) {
        Element at = heading.parent();
        for (int level = 0; at != null && level < CARD_LINK_LEVELS; level++, at = at.parent()) {
            if (at.nameIs("a")) {
                return at.hasAttr("href");
            }
            if (!at.nameIs("header") && level == 0 && at.childrenSize() > 1 && !at.nameIs("div")) {
                return false;
            }
        }
        return false;
    }
}
