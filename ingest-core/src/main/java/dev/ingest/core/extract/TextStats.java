package dev.ingest.core.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link-text lengths of every element under a root, computed in one pass so that rules asking "how much
 * text does this hold?" cost nothing per question, even on deeply nested pages.
 *
 * <p>For {@code <div><p>Hello <a>you</a></p></div>}: text of the div is 9 (non-space characters), link text 3.
 * Prose is the text of the paragraphs an element holds that read as running text: at least
 * {@value #PROSE_MIN} characters that are mostly not links; the prose of a hidden element counts for no block
 * around it.
 */
final class TextStats {
    static final int PROSE_MIN = 50;
    private static final java.util.Set<String> LOOSE_TEXT_PARENTS = java.util.Set.of("div", "section", "article",
            "main", "td", "span", "font", "center", "body");
    private final Map<Element, int[]> stats;
    private final Element root;
    /**
     * Ancestor updates {@link #remove} may still make; past that (a page nesting thousands of levels deep with text
     * removed at the bottom of each) the counts are taken again, once, when next asked.
     */
    private long budget;
    private boolean stale;

    private TextStats(Element root, int elements) {
        this.root = root;
        this.stats = new IdentityHashMap<>(elements);
    }

    static TextStats of(Element root) {
        return of(root, 32);
    }

    /** The counts under {@code root}, which holds about {@code elements} elements (the table is sized once for them). */
    static TextStats of(Element root, int elements) {
        TextStats s = new TextStats(root, elements);
        s.count();
        return s;
    }

    private void count() {
        stats.clear();
        stale = false;
        // depth first with a stack of open elements, their counts and the next child to visit: an element's counts
        // are final when its last child is done, and then go to its parent's, one below on the stack
        Element[] open = new Element[64];
        int[][] counts = new int[64][];
        int[] next = new int[64];
        int depth = 0;
        open[0] = root;
        counts[0] = new int[3];
        stats.put(root, counts[0]);
        while (depth >= 0) {
            Element e = open[depth];
            int i = next[depth];
            if (i < e.childNodeSize()) {
                next[depth] = i + 1;
                Node child = e.childNode(i);
                if (child instanceof Element c) {
                    if (++depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                        counts = java.util.Arrays.copyOf(counts, depth * 2);
                        next = java.util.Arrays.copyOf(next, depth * 2);
                    }
                    int[] mine = new int[3];
                    stats.put(c, mine);
                    open[depth] = c;
                    counts[depth] = mine;
                    next[depth] = 0;
                } else if (child instanceof TextNode t) {
                    addText(counts[depth], e, weight(t.getWholeText()));
                }
                continue;
            }
            if (depth > 0) {
                close(e, counts[depth], counts[depth - 1]);
            }
            depth--;
        }
        budget = 4L * stats.size() + 10_000;
    }

    /** Adds a text node's {@code n} non-space characters to the counts {@code ps} of its parent {@code p}. */
    private static void addText(int[] ps, Element p, int n) {
        if (n > 0) {
            ps[0] += n;
            if (p.nameIs("a")) {
                ps[1] += n;
            }
            if (n >= PROSE_MIN && LOOSE_TEXT_PARENTS.contains(p.normalName())) {
                ps[2] += n; // text between <br>s, straight in a block
            }
        }
    }

    /** Adds the final counts {@code mine} of {@code e} to those of its parent, {@code ps}. */
    private static void close(Element e, int[] mine, int[] ps) {
        ps[0] += mine[0];
        ps[1] += e.nameIs("a") ? mine[0] : mine[1];
        if (isParagraph(e.normalName())) {
            int words = mine[0] - mine[1];
            mine[2] = words >= PROSE_MIN && mine[1] * 10 < mine[0] * 3 ? words : 0;
        }
        if (!HtmlCleaner.isHidden(e)) {
            ps[2] += mine[2]; // hidden text (a closed consent dialog's details) is no one's prose
        }
    }

    /** The paragraphs whose text is prose when it runs long: p, pre, blockquote. */
    private static boolean isParagraph(String tag) {
        return tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
    }

    /**
     * Removes {@code e} from its page and its text from the counts of its ancestors, which then read as if counted
     * without it: the cleaner takes blocks away and the scorer reads the counts after, without a second count.
     */
    void remove(Element e) {
        int[] mine = stale ? null : stats.get(e);
        if (mine != null) {
            int text = mine[0];
            int link = e.nameIs("a") ? mine[0] : mine[1];
            int prose = HtmlCleaner.isHidden(e) ? 0 : mine[2]; // a hidden element's prose was never added up
            for (Element p = e.parent(); p != null && (text != 0 || link != 0 || prose != 0); p = p.parent()) {
                int[] ps = stats.get(p);
                if (ps == null) {
                    break;
                }
                if (--budget < 0) {
                    stale = true;
                    break;
                }
                ps[0] -= text;
                ps[1] -= link;
                int before = ps[2];
                if (isParagraph(p.normalName())) {
                    int words = ps[0] - ps[1];
                    ps[2] = words >= PROSE_MIN && ps[1] * 10 < ps[0] * 3 ? words : 0;
                } else {
                    ps[2] -= prose;
                }
                prose = HtmlCleaner.isHidden(p) ? 0 : before - ps[2];
                if (p.nameIs("a")) {
                    link = text; // a link's text counts whole as link text in its parent
                }
            }
        }
        e.remove();
    }

    /**
     * Whether {@code e} only wraps one child of a kind in {@code tags} holding all its text: the child says the same,
     * so a scan over {@code tags} can skip the wrapper (and stays linear on a chain of 100 000 nested wrappers, where
     * building each wrapper's text would walk the whole chain below it).
     */
    boolean wrapsOne(Element e, java.util.Set<String> tags) {
        Element only = null;
        for (int i = 0; i < e.childNodeSize(); i++) { // not childrenSize(), which builds the list of children
            if (e.childNode(i) instanceof Element child) {
                if (only != null) {
                    return false;
                }
                only = child;
            }
        }
        return only != null && tags.contains(only.normalName()) && text(only) == text(e);
    }

    int text(Element e) {
        int[] v = counts(e);
        return v == null ? 0 : v[0];
    }

    int linkText(Element e) {
        int[] v = counts(e);
        return v == null ? 0 : v[1];
    }

    /** Characters of running text in the paragraphs under {@code e}. */
    int prose(Element e) {
        int[] v = counts(e);
        return v == null ? 0 : v[2];
    }

    private int[] counts(Element e) {
        if (stale) {
            count();
        }
        return stats.get(e);
    }

    double linkDensity(Element e) {
        int t = text(e);
        return t == 0 ? 0 : Math.min(1.0, linkText(e) / (double) t);
    }

    /**
     * What a text weighs in the counts: its characters but white space, a Chinese, Japanese or Korean character
     * counting as two. Such a sentence says in 20 to 40 characters what an English one says in 80 to 120, and the
     * thresholds of running text, prose and link density are set in Latin characters; ASCII text weighs its length.
     */
    static int weight(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c <= ' ' ? c >= '\t' && c <= '\r' || c >= 0x1c
                    : c >= 0x7f && (c == '\u00a0' || Character.isWhitespace(c)); // as nonSpace tells it
            if (!space) {
                n += c >= 0x1100 && isCjk(c) ? 2 : 1;
            }
        }
        return n;
    }

    /** How many Chinese, Japanese or Korean characters {@code s} holds: what {@link #weight} counts twice. */
    static int eastAsian(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x1100 && isCjk(c)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // printable ASCII, nearly all of a page's text, is never space; of the controls and the space, what
            // Character.isWhitespace calls space is the tab to the carriage return and the separators to the space
            boolean space = c <= ' ' ? c >= '\t' && c <= '\r' || c >= 0x1c
                    : c >= 0x7f && (c == '\u00a0' || Character.isWhitespace(c));
            if (!space) {
                n++;
            }
        }
        return n;
    }
}
