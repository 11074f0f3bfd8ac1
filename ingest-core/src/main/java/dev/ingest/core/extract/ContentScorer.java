package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds the article body in a cleaned page, by scoring paragraph clusters.
 *
 * <p>Every paragraph-like block gives points (1 + commas + up to 3 for its length) to its parent, half to its
 * grandparent and less further up; class/id hints add or subtract; link-heavy candidates lose in proportion to
 * their link density. The best candidate wins, widened to a common ancestor when several strong candidates share
 * one (a story split by an inline ad). For {@code <div id=a><p>long…</p><p>long…</p></div><div id=b><a>…</a></div>}
 * the winner is {@code #a}.
 */
final class ContentScorer {
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "li", "dd", "h2", "h3",
            "h4", "figcaption");
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "table",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "header", "footer", "aside",
            "form", "hr", "center", "li", "td", "tr", "tbody");

    private ContentScorer() {
    }

    /** The element holding the article, or the body itself when nothing scores; {@code stats} count the page. */
    static Element best(Element body, TextStats stats) {
        // in the order the walk first scores them, so that equal scores rank alike on every run (identity hashes vary)
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : Subtree.all(body)) {
            int own = paragraphLength(e, stats);
            if (own < 25) {
                continue;
            }
            double points = 1 + commas(e, stats) + Math.min(own / 100.0, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider + (scores.containsKey(ancestor) ? 0 : initial(ancestor)),
                        Double::sum);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return body;
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            s.setValue(s.getValue() * (1 - stats.linkDensity(s.getKey())));
            ranked.add(s);
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        openFirst(ranked, body);
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        return storyAround(widen(top, topScore, ranked, body), body, stats);
    }

    /**
     * Puts the best candidate outside closed panels first: what a page folds away behind a toggle (FAQ answers,
     * background notes, sources) adds to the story beside it and is not the story, however long.
     */
    private static void openFirst(List<Map.Entry<Element, Double>> ranked, Element body) {
        for (int i = 0; i < ranked.size(); i++) {
            if (!inClosedPanel(ranked.get(i).getKey(), body)) {
                ranked.add(0, ranked.remove(i));
                return;
            }
        }
    }

    /** Inside a collapsible panel shown closed: Bootstrap's {@code collapse} without {@code in} or {@code show}. */
    private static boolean inClosedPanel(Element e, Element body) {
        for (Element at = e; at != null && at != body; at = at.parent()) {
            if (at.hasClass("collapse") && !at.hasClass("in") && !at.hasClass("show")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The story around the winner when the winner is one of its sections (a block per subheading, a lead block and a
     * body block): the nearest of the few blocks above it that holds half as much running text again, with few
     * links. A winner that is the story has no such block over it: what surrounds a story is shorter or link-heavy.
     */
    private static Element storyAround(Element top, Element body, TextStats stats) {
        int prose = Math.max(1, stats.prose(top));
        Element at = top.parent();
        for (int level = 0; level < 3 && at != null && at != body; level++, at = at.parent()) {
            if (stats.prose(at) >= prose * 1.5 && stats.linkDensity(at) < 0.3) {
                return at;
            }
        }
        return top;
    }

    /**
     * The winner and those of its siblings that also read as story: scored at least a fifth of the winner, or
     * paragraphs of real prose with few links (a story split by an inline ad or a wrapper), or a lead set apart right
     * before it ({@link #isLead}); and a list or a table without links between such a part and the winner.
     */
    static List<Element> withSiblings(Element top, Element body) {
        return withSiblings(top, body, null);
    }

    /** {@link #withSiblings(Element, Element)} with the text statistics of the page (null: counted here). */
    static List<Element> withSiblings(Element top, Element body, TextStats pageStats) {
        Element winner = top;
        top = outermostWrapper(top, body);
        // blocks of a mail's layout, found through its tables of one cell, are all classed alike (Mailchimp's
        // "mcnTextBlock" holds the headline and the lead, the story, the briefs after it and the sign-off): their
        // class says nothing, and of those after the winner only paragraphs are kept
        boolean layoutBlocks = levelsBetween(winner, top) > 4;
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (top == body || parent == null) {
            out.add(top);
            return out;
        }
        TextStats stats = pageStats != null ? pageStats : TextStats.of(parent);
        int topText = Math.max(1, stats.text(top));
        Set<String> notes = null;
        boolean afterTop = false;
        // blocks of text between a part kept before the winner and the winner, kept with the next part kept
        List<Element> between = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.addAll(between);
                addHeadingOver(sibling, out);
                out.add(sibling);
                afterTop = true;
                notes = noteTargets(top);
                continue;
            }
            int text = stats.text(sibling);
            double density = stats.linkDensity(sibling);
            boolean prose = sibling.nameIs("p") && text > 80 && density < 0.25
                    && !(afterTop && ContentPruner.isPromoterStatement(sibling))
                    || !afterTop && sibling == top.previousElementSibling() && isLead(sibling, stats);
            boolean sameKind = !layoutBlocks && sibling.normalName().equals(top.normalName())
                    && sibling.className().equals(top.className()) && !top.className().isEmpty()
                    && density < 0.3 && text > 50;
            // the story's own notes after it, which its note marks link to: "…a clock.<sup><a href=#fn:1>1</a></sup>"
            boolean storyNotes = afterTop && !notes.isEmpty() && holdsTarget(sibling, notes);
            // after the winner, a mail's blocks of some size are as often its briefs ("Also this week") as more story
            boolean sizeable = text > topText * 0.3 && density < 0.2 && !(layoutBlocks && afterTop);
            if (prose || sameKind || storyNotes || sizeable) {
                out.addAll(between);
                between.clear();
                addHeadingOver(sibling, out);
                out.add(headerStandfirst(sibling, top, body, stats));
            } else if (!afterTop && !out.isEmpty() && text > BETWEEN_MIN && stats.linkText(sibling) == 0
                    && Subtree.first(sibling, LIST_OR_TABLE) != null) {
                // a summary list between the lead and a live page's posts ("Det här har hänt"), or a table there; not
                // a box of prose, which may be an offer ("Weiterlesen mit VZ+ …"), nor one with a link
                between.add(sibling);
            }
        }
        Element standfirst = Standfirst.before(out.get(0), body, stats);
        if (standfirst != null) {
            out.add(0, standfirst);
        }
        return out;
    }

    private static final Evaluator LIST_OR_TABLE = QueryParser.parse("ul, ol, table");
    /** A table's parts between it and the cell's content, which a table of one cell wraps a block in. */
    private static final Set<String> TABLE_WRAPPERS = Set.of("tbody", "tr", "td");
    /** The least text a block without links between two parts of the story holds to be kept with them. */
    private static final int BETWEEN_MIN = 50;

    /** The shortest lead set apart before the story, and the most paragraphs it has. */
    private static final int LEAD_MIN = 120;
    private static final int LEAD_PARAGRAPHS = 3;

    /**
     * A lead set apart right before the story: a block of one to {@link #LEAD_PARAGRAPHS} paragraphs of prose and
     * nothing else, one of them a run of {@link #LEAD_MIN} characters or more, hardly linked ({@code <div
     * class=abstract><p>…</p></div><div class=text>…}), also inside wrappers of its own (a paywall's free preview,
     * {@code <div class=preview><div class=body><p>…}, before the rest of the story). A welcome box's loose text, a
     * picture's caption or a tagline broken into lines is none.
     */
    private static boolean isLead(Element block, TextStats stats) {
        for (int level = 0; level < 3 && block.childrenSize() == 1 && !block.child(0).nameIs("p")
                && block.ownText().isBlank(); level++) {
            block = block.child(0);
        }
        int paragraphs = block.childrenSize();
        if (paragraphs == 0 || paragraphs > LEAD_PARAGRAPHS || stats.text(block) < LEAD_MIN
                || stats.linkDensity(block) >= 0.1 || stats.prose(block) * 10 < stats.text(block) * 9) {
            return false;
        }
        boolean sentence = false;
        for (Element p : block.children()) {
            if (!p.nameIs("p")) {
                return false;
            }
            sentence |= stats.text(p) >= LEAD_MIN && p.getElementsByTag("br").isEmpty(); // not lines of a tagline
        }
        return sentence;
    }

    /** A note mark's text: "1", "[12]", "*", "†". */
    private static final java.util.regex.Pattern NOTE_MARK = java.util.regex.Pattern.compile(
            "\\[?\\d{1,3}\\]?|[*†‡§]{1,3}");

    /**
     * The ids that the note marks of {@code story} link to: links within the page ({@code href="#fn:1"}) whose text is
     * a note's number or sign, or that ARIA marks as a note reference ({@code role=doc-noteref}).
     */
    private static Set<String> noteTargets(Element story) {
        Set<String> ids = new HashSet<>();
        for (Element a : story.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.length() > 1 && href.charAt(0) == '#' && (a.attr("role").equalsIgnoreCase("doc-noteref")
                    || NOTE_MARK.matcher(a.text().strip()).matches())) {
                ids.add(href.substring(1));
            }
        }
        return ids;
    }

    /** Whether {@code block} or an element in it has one of the {@code ids}. */
    private static boolean holdsTarget(Element block, Set<String> ids) {
        for (Element e : Subtree.all(block)) {
            if (e.attributesSize() > 0 && ids.contains(e.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the subheading right before a part of the story ({@code <h2>Modules</h2><ul class=accordion>…}): it
     * names that part, though it is too short to be kept for its own text.
     */
    private static void addHeadingOver(Element part, List<Element> out) {
        Element previous = part.previousElementSibling();
        if (previous != null && SUBHEADINGS.contains(previous.normalName()) && !out.contains(previous)) {
            out.add(previous);
        }
    }

    /**
     * Of the article's header beside the story, kept by the cleaner for its standfirst, the part that is story: the
     * standfirst, not the headline, byline and captions. Any other sibling whole.
     */
    private static Element headerStandfirst(Element sibling, Element top, Element body, TextStats stats) {
        if (!sibling.nameIs("header") && Hints.of(sibling) != Hints.Kind.CHROME || sibling.selectFirst(H1) == null) {
            return sibling;
        }
        Element standfirst = Standfirst.before(top, body, stats);
        return standfirst != null && isAncestor(sibling, standfirst) ? standfirst : sibling;
    }

    /**
     * The winner seen from outside: the outermost of the wrappers that hold nothing else with text, so that its siblings are
     * the blocks beside the wrapper ({@code <div class=field><div class=column>part 1</div></div><div class=field>…}
     * gives the first field, whose sibling fields are the rest of the story). Four levels at most, where a table's
     * body, row and cell count for none once those four are climbed: a mail's layout nests each block of the story
     * in tables of one cell ({@code <td class=block><table><tbody><tr><td class=text>…}), four elements per table,
     * and the blocks beside it are tables too. Up there the wrapper is a table, not one of its rows or cells.
     */
    private static Element outermostWrapper(Element top, Element body) {
        Element at = top;
        Element whole = top;
        for (int level = 0, steps = 0; level < 4 && steps < 16 && at.parent() != null && at.parent() != body;
                steps++) {
            Element parent = at.parent();
            boolean tablePart = TABLE_WRAPPERS.contains(parent.normalName());
            if (!tablePart) {
                level++;
            }
            if (!parent.ownText().isBlank() || holdsOtherText(parent, at)) {
                break;
            }
            at = parent;
            // any of the first four; past them, no row or cell, which would be a story taken out of its table
            whole = steps < 4 || !tablePart ? at : whole;
        }
        return whole;
    }

    /** How many levels {@code ancestor} is above {@code e}. */
    private static int levelsBetween(Element e, Element ancestor) {
        int levels = 0;
        for (Element at = e; at != ancestor && at != null; at = at.parent()) {
            levels++;
        }
        return levels;
    }

    private static boolean holdsOtherText(Element parent, Element child) {
        for (Element other : parent.children()) {
            if (other != child && other.hasText()) {
                return true;
            }
        }
        return false;
    }

    /** When three of the strongest candidates share an ancestor, that ancestor holds the whole story. */
    private static Element widen(Element top, double topScore, List<Map.Entry<Element, Double>> ranked,
            Element body) {
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            if (ranked.get(i).getValue() >= topScore * 0.75) {
                strong.add(ranked.get(i).getKey());
            }
        }
        if (strong.size() < 2) {
            return top;
        }
        Element ancestor = top.parent();
        while (ancestor != null && ancestor != body) {
            int contained = 0;
            for (Element s : strong) {
                if (isAncestor(ancestor, s)) {
                    contained++;
                }
            }
            if (contained >= 2) {
                return ancestor;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    /** Whether {@code ancestor} is {@code e} or holds it. */
    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double initial(Element e) {
        double score = Hints.weight(e);
        switch (e.normalName()) {
            case "article" -> score += 10;
            case "main", "div", "section" -> score += 5;
            case "pre", "td", "blockquote" -> score += 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> score -= 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "address" -> score -= 5;
            default -> {
            }
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase().contains("articlebody")) {
            score += 30;
        }
        return score;
    }

    /**
     * The text a block holds as a paragraph: all of it for paragraph tags, only its own text (not that of nested
     * blocks) for a div that carries loose text with {@code <br>}s.
     */
    static int paragraphLength(Element e, TextStats stats) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            if (tag.equals("li") || tag.equals("td")) {
                return hasBlockChild(e) ? 0 : stats.text(e) - stats.linkText(e);
            }
            return stats.text(e) - stats.linkText(e);
        }
        if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                || tag.equals("font") || tag.equals("center")) {
            int own = 0;
            for (Node c : e.childNodes()) {
                if (c instanceof TextNode t) {
                    own += TextStats.nonSpace(t.getWholeText());
                } else if (c instanceof Element ce && !BLOCK_TAGS.contains(ce.normalName()) && !ce.nameIs("a")
                        && !ce.nameIs("span") && !ce.nameIs("div")) {
                    own += stats.text(ce) - stats.linkText(ce);
                }
            }
            return own;
        }
        return 0;
    }

    private static boolean hasBlockChild(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) { // not children(), which builds and keeps a list of them
            if (e.childNode(i) instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Commas in the paragraph's text: of a paragraph tag all of it, of a div its own loose text. */
    private static int commas(Element e, TextStats stats) {
        int[] n = {0};
        if (PARAGRAPH_TAGS.contains(e.normalName()) || stats.text(e) < 2000) {
            // counted in the text nodes, without building the text: no more than ten count
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        n[0] += commas(t.getWholeText());
                    }
                    return n[0] >= 10 ? FilterResult.STOP : FilterResult.CONTINUE;
                }
            }, e);
        } else {
            for (Node c : e.childNodes()) {
                if (c instanceof TextNode t) {
                    n[0] += commas(t.getWholeText());
                }
            }
        }
        return Math.min(n[0], 10);
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
