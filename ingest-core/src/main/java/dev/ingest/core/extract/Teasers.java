package dev.ingest.core.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Teasers: blocks of one linked headline and little else, as a "More stories" grid shows other stories
 * ({@code <div class="card"><h3><a href="/other">Other story</a></h3><p>Its summary…</p><span>By …</span></div>}).
 * A grid of them is never the story, however long their summaries run next to a short story.
 */
final class Teasers {
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    /** The longest a teaser can be: a headline, a summary of two or three sentences, a byline and a date. */
    static final int TEASER_MAX = 600;
    /** How many teasers make a grid, and how much of its text they are. */
    private static final int GRID_MIN = 3;
    private static final double GRID_SHARE = 0.8;

    private Teasers() {
    }

    /**
     * Whether {@code e} is a grid of teasers: at least three, holding nearly all its text (the grid's own heading and
     * a "See more" link are the rest) and all its running text, so that no wrapper of a story and a grid is one.
     * Asked of the tree as parsed, before cleaning takes headings and bylines out.
     */
    static boolean isGrid(Element e, TextStats stats) {
        int text = stats.text(e);
        if (text <= TEASER_MAX) {
            return false;
        }
        int[] found = new int[3];
        count(e, stats, found);
        return found[0] >= GRID_MIN && found[1] >= text * GRID_SHARE
                && stats.prose(e) - found[2] < TextStats.PROSE_MIN;
    }

    /**
     * Adds to {@code found} the number of teasers in {@code e}, their characters of text (with the text of hidden
     * blocks) and their characters of running text.
     */
    private static void count(Element e, TextStats stats, int[] found) {
        int text = stats.text(e);
        if (text == 0) {
            return;
        }
        if (HtmlCleaner.isHidden(e)) {
            found[1] += text; // the slides a carousel shows later: no story, and no one's running text
            return;
        }
        if (text <= TEASER_MAX) {
            Elements headings = e.select(HEADINGS);
            if (headings.size() == 1 && isLinkedHeadline(headings.get(0), stats)) {
                found[0]++;
                found[1] += text;
                found[2] += stats.prose(e);
                return;
            }
        }
        for (Element child : e.children()) {
            count(child, stats, found);
        }
    }

    /** A heading that is a link to a story: a few words, nearly all of them linked. */
    private static boolean isLinkedHeadline(Element heading, TextStats stats) {
        return stats.text(heading) >= 15 && stats.linkDensity(heading) >= 0.9;
    }
}
