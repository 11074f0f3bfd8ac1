package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Trims the chosen content element: link lists left inside it (inline "read also" blocks, tag clouds) and
 * trailing sections under boilerplate headings ("Comments", "Related articles", "About the author", "Mehr zum
 * Thema") with everything after them.
 *
 * <p>{@code <div><p>Story…</p><h3>Related</h3><ul><li><a>Other</a></li></ul></div>} becomes
 * {@code <div><p>Story…</p></div>}.
 */
final class ContentPruner {
    private static final Pattern BOILERPLATE_HEADING = Pattern.compile("(?iu)^\\W*(\\d+\\s+)?(comments?|kommentare?"
            + "|leserkommentare|commentaires?|comentarios?|leave a (reply|comment)|join the (conversation|discussion)"
            + "|related( (articles?|posts?|stories|content|coverage|reading))?|more (from|on|in|stories|articles)\\b.*"
            + "|read (more|next|also)|you (may|might) (also )?(like|enjoy|be interested).*|recommended( for you)?"
            + "|about the (author|creator)|über (den|die) autor(in)?|zum autor|zur autorin|mehr zum thema"
            + "|mehr (aus|zu|von)\\b.*|das könnte sie auch interessieren|auch interessant|weitere artikel"
            + "|weitere (beiträge|themen|nachrichten)|lesen sie auch|ähnliche (artikel|beiträge)|verwandte artikel"
            + "|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|newsletter|share( this)?( article| post"
            + "| story)?|teilen|artikel teilen|diesen artikel teilen|tags?|schlagwörter|themen|sign up.*"
            + "|subscribe.*|popular|most (read|popular)|meistgelesen|top stories|trending|latest( news)?"
            + "|neueste artikel|noticias relacionadas|te puede interesar|leggi anche|reader insights)\\W*$");
    private static final Set<String> LINK_BLOCKS = Set.of("ul", "ol", "div", "section", "table", "dl", "nav",
            "p", "span");

    private static final Evaluator HEADING_LIKE = QueryParser.parse(
            "h1, h2, h3, h4, h5, h6, strong, b, p, div, span, summary");

    private ContentPruner() {
    }

    /**
     * Prunes {@code content} in place; {@code stats} are the page's text statistics, counted before pruning (the
     * counts of what is cut stay as they were).
     */
    static void prune(Element content, TextStats stats) {
        int total = Math.max(1, stats.text(content));
        for (Element h : content.select(HEADING_LIKE)) {
            if (h.ownerDocument() == null) {
                continue;
            }
            if (stats.text(h) > 60) { // counted before the text is built: most blocks are long
                continue;
            }
            String text = h.text();
            if (text.length() > 60 || !BOILERPLATE_HEADING.matcher(text).matches()) {
                continue;
            }
            if (!h.normalName().matches("h[1-6]|summary") && h.childrenSize() > 1) {
                continue;
            }
            cutFrom(h, content, stats, total);
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || !LINK_BLOCKS.contains(e.normalName())) {
                continue;
            }
            int text = stats.text(e);
            double density = stats.linkDensity(e);
            if (text > 0 && density > 0.6 && text < total * 0.5 && !e.nameIs("span")
                    || e.nameIs("p") && density > 0.85 && text < 200) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** Removes a boilerplate heading and what follows it at its level, when that is the smaller part. */
    private static void cutFrom(Element heading, Element content, TextStats stats, int total) {
        Element anchor = heading;
        // Climb to the child of the content element (or of a wrapper) that contains the heading alone.
        while (anchor.parent() != null && anchor.parent() != content
                && stats.text(anchor.parent()) - stats.text(anchor) < 30) {
            anchor = anchor.parent();
        }
        int after = 0;
        List<Element> following = new ArrayList<>();
        for (Element s = anchor.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            following.add(s);
            after += stats.text(s);
        }
        if (after + stats.text(anchor) > total * 0.4) {
            return;
        }
        anchor.remove();
        following.forEach(Element::remove);
    }
}
