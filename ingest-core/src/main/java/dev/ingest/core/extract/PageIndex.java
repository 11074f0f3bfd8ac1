package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements of a parsed page in document order, listed once for every metadata reader: the readers ask it
 * instead of walking the page each ({@code doc.select} walks the whole tree through a stream per call, and the
 * readers make a few dozen such calls). Also by tag name and by {@code itemprop}, so that a reader looking for the
 * page's {@code <p>}s or its {@code itemprop=datePublished} looks at those alone.
 *
 * <p>Answers are those of {@code doc.select} with the same query, in the same order. The index describes the page as
 * parsed: it is kept on the document and dropped with {@link #forget} before anything changes the tree.
 */
final class PageIndex {
    private static final String KEY = "dev.ingest.pageIndex";
    /** Parsed queries: the readers' queries are constants, parsed once for the process. */
    private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();
    private static final int MAX_QUERIES = 500;
    /** Matched once after a loop, to clear the per-thread memo that structural evaluators keep while selecting. */
    private static final Element DETACHED = new Element("i");
    /** The classes headline readers look for, each a superset of what their queries ask. */
    private static final String[] HEADLINE_CLASSES = {"entry-title", "post-title", "article-title", "headline"};
    private static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private final Document doc;
    private final List<Element> all = new ArrayList<>();
    private final Map<String, List<Element>> byTag = new HashMap<>();
    private final Map<String, List<Element>> byItemprop = new HashMap<>();
    private final List<Node> comments = new ArrayList<>();
    private List<Element> jsonLd;
    private List<Element> linksWithRel;
    /** Where templates set a headline: h1, h2, {@code itemprop=headline} and the classes {@link #HEADLINE_CLASSES}. */
    private final List<Element> headlines = new ArrayList<>();
    /** The elements with a class attribute, in document order, and their class lists. */
    private final List<Element> classed = new ArrayList<>();
    private final List<String> classLists = new ArrayList<>();
    /** The elements {@link #classedWith} gives for each set of marks, found on its first call. */
    private java.util.EnumMap<ClassMarks, List<Element>> classMarked;
    /** The elements whose marks may name a comment section ({@link Hints#mayBeDiscussion}), in document order. */
    private final List<Element> discussionMarked = new ArrayList<>();
    private final List<Element> withRole = new ArrayList<>();
    private TextStats textStats;

    private PageIndex(Document doc) {
        this.doc = doc;
        // every node once, by child position (Subtree.nodes), rather than through NodeTraversor
        add(doc);
        Subtree.nodes(doc, child -> {
            if (child instanceof Element e) {
                add(e);
            } else if (child instanceof Comment c) {
                comments.add(c);
            }
            return true;
        });
    }

    private void add(Element e) {
        all.add(e);
        String tag = e.normalName();
        List<Element> named = byTag.get(tag);
        if (named == null) {
            named = new ArrayList<>();
            byTag.put(tag, named);
        }
        named.add(e);
        boolean headline = tag.equals("h1") || tag.equals("h2");
        String classes = Attrs.get(e, "class"); // no lookup at all for an element without attributes
        if (!classes.isEmpty()) {
            classed.add(e);
            classLists.add(classes);
            headline = headline || hasClass(classes, HEADLINE_CLASSES);
        }
        if (Attrs.has(e, "itemprop")) {
            String prop = Attrs.get(e, "itemprop").trim().strip().toLowerCase(Locale.ROOT);
            byItemprop.computeIfAbsent(prop, k -> new ArrayList<>()).add(e);
            headline = headline || prop.equals("headline");
        }
        if (headline) {
            headlines.add(e);
        }
        if (Hints.mayBeDiscussion(e)) {
            discussionMarked.add(e);
        }
        if (Attrs.has(e, "role")) {
            withRole.add(e);
        }
    }

    /** The elements whose ARIA {@code role} is {@code role} (any case), in document order. */
    List<Element> withRole(String role) {
        List<Element> out = new ArrayList<>();
        for (Element e : withRole) {
            if (e.attr("role").equalsIgnoreCase(role)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The elements whose marks may name a comment section ({@link Hints#mayBeDiscussion}), in document order. */
    List<Element> discussionMarked() {
        return discussionMarked;
    }

    /** The index of {@code doc}, built on first use and kept until {@link #forget}. */
    static PageIndex of(Document doc) {
        Object kept = doc.attributes().userData(KEY);
        if (kept instanceof PageIndex index && index.doc == doc) {
            return index;
        }
        PageIndex index = new PageIndex(doc);
        doc.attributes().userData(KEY, index);
        return index;
    }

    /** Drops the index of {@code doc}: call before changing the tree. */
    static void forget(Document doc) {
        if (doc.attributes().userData(KEY) != null) {
            doc.attributes().userData(KEY, null);
        }
    }

    /** Every element, the document itself first, in document order. */
    List<Element> all() {
        return all;
    }

    /** The page's HTML comments. */
    List<Node> comments() {
        return comments;
    }

    /**
     * The elements a headline query may match, in document order: the h1s and h2s, the elements with
     * {@code itemprop=headline} (any case, surrounding space ignored) and those with one of the classes
     * entry-title, post-title, article-title or headline (any case). Asked of a query for these, {@link #select}
     * gives what it gives over the whole page.
     */
    List<Element> headlineCandidates() {
        return headlines;
    }

    /** The elements whose class list holds "title" or "heading" (any case), in document order. */
    List<Element> titleOrHeadingClassed() {
        // (?i) without UNICODE_CASE folds ASCII only, as the words are looked for
        return classedWith(ClassMarks.TITLE_OR_HEADING);
    }

    /**
     * Words the readers look for in class lists, each set for one reader's question. All are looked for in one pass
     * over the page's class lists, the first time one is asked: most class lists hold none of them, and are passed
     * after one reading instead of one per set.
     */
    enum ClassMarks {
        /** Headings styled by class: "entry-title", "c-heading". */
        TITLE_OR_HEADING("title", "heading"),
        /** An update line marked as one: "news-article__updated", "last-update". */
        UPDATE("updated", "modified", "last-update", "lastupdate"),
        /** A Drupal field's label, its value beside it: "field__label". */
        FIELD_LABEL("field__label", "field-label"),
        /** A footer set by class, not by tag: "email-footer", "site-footer". */
        FOOTER("footer");

        private static final Ascii.Words ANY = Ascii.Words.of(java.util.Arrays.stream(values())
                .flatMap(m -> m.stems.stream()).toArray(String[]::new));
        private final List<String> stems;
        private final Ascii.Words words;

        ClassMarks(String... stems) {
            this.stems = List.of(stems);
            this.words = Ascii.Words.of(stems);
        }

        /** Whether {@code classes} holds one of the stems, in any ASCII case. */
        boolean in(String classes) {
            return words.in(classes);
        }
    }

    /** The elements whose class list holds one of the stems of {@code marks} (any ASCII case), in document order. */
    List<Element> classedWith(ClassMarks marks) {
        if (classMarked == null) {
            classMarked = new java.util.EnumMap<>(ClassMarks.class);
            for (ClassMarks m : ClassMarks.values()) {
                classMarked.put(m, new ArrayList<>());
            }
            for (int i = 0; i < classed.size(); i++) {
                String classes = classLists.get(i);
                if (ClassMarks.ANY.in(classes)) {
                    for (ClassMarks m : ClassMarks.values()) {
                        if (m.in(classes)) {
                            classMarked.get(m).add(classed.get(i));
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableList(classMarked.get(marks));
    }

    /** Like {@link Element#hasClass}, for several names, in one pass over the class list. */
    private static boolean hasClass(String classes, String[] names) {
        for (int i = 0; i < classes.length(); ) {
            int start = i;
            while (i < classes.length() && !isSpace(classes.charAt(i))) {
                i++;
            }
            for (String name : names) {
                if (i - start == name.length() && classes.regionMatches(true, start, name, 0, name.length())) {
                    return true;
                }
            }
            i++;
        }
        return false;
    }

    /** {@link Character#isWhitespace}, told without its tables for printable ASCII, which is never space. */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    /** The elements of the lists, each once, in document order. */
    List<Element> inOrder(List<List<Element>> lists) {
        Set<Element> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Element> list : lists) {
            wanted.addAll(list);
        }
        List<Element> out = new ArrayList<>(wanted.size());
        for (int i = 0; i < all.size() && out.size() < wanted.size(); i++) {
            if (wanted.contains(all.get(i))) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The elements named {@code tag} (lower case), in document order. */
    List<Element> tag(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The elements whose {@code itemprop} is exactly {@code prop} (any case, surrounding space ignored). */
    List<Element> itemprop(String prop) {
        return byItemprop.getOrDefault(prop.trim().strip().toLowerCase(Locale.ROOT), List.of());
    }

    /** The elements of {@code root}'s subtree, {@code root} first, in document order. */
    List<Element> within(Element root) {
        int from = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == root) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return List.of();
        }
        Element next = null;
        for (Element e = root; e != null && next == null; e = e.parent()) {
            next = e.nextElementSibling();
        }
        int to = all.size();
        if (next != null) {
            for (int i = from + 1; i < all.size(); i++) {
                if (all.get(i) == next) {
                    to = i;
                    break;
                }
            }
        }
        return all.subList(from, to);
    }

    /** Text and link lengths of every element of the page, counted once. */
    TextStats textStats() {
        if (textStats == null) {
            textStats = TextStats.of(doc, all.size());
        }
        return textStats;
    }

    /**
     * Whether the form {@code form} holds half the page's text or more: ASP.NET WebForms builds every page inside one
     * form, which is no search box or sign-up.
     */
    static boolean wrapsThePage(Element form) {
        Document doc = form.ownerDocument();
        if (doc == null || doc.body() == null) {
            return false;
        }
        TextStats stats = of(doc).textStats();
        return stats.text(form) * 2 >= stats.text(doc.body());
    }

    /**
     * The {@code <a>} elements with a {@code rel} attribute, in document order: the only links a query on their
     * {@code rel} can match, and few of a page's links.
     */
    List<Element> linksWithRel() {
        if (linksWithRel == null) {
            linksWithRel = new ArrayList<>();
            for (Element a : tag("a")) {
                if (a.hasAttr("rel")) {
                    linksWithRel.add(a);
                }
            }
        }
        return linksWithRel;
    }

    /** The page's JSON-LD blocks. */
    List<Element> jsonLd() {
        if (jsonLd == null) {
            jsonLd = select(JSON_LD, tag("script"));
        }
        return jsonLd;
    }

    /**
     * {@code doc.selectFirst(eval)} for a query that matches only elements with an attribute or named one of
     * {@code tags} ({@code "article, main, [role=main]"}): the others are passed over without asking it.
     */
    Element firstMarked(Evaluator eval, String... tags) {
        Set<String> names = Set.of(tags);
        try {
            for (Element e : all) {
                if ((e.attributesSize() > 0 || names.contains(e.normalName())) && eval.matches(doc, e)) {
                    return e;
                }
            }
            return null;
        } finally {
            reset(eval);
        }
    }

    /** The elements named one of {@code tags}, in document order. */
    List<Element> tags(Set<String> tags) {
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (tags.contains(e.normalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code doc.select(query)}. */
    Elements select(String query) {
        return select(evaluator(query));
    }

    /** {@code doc.select(eval)}. */
    Elements select(Evaluator eval) {
        return select(eval, all);
    }

    /** The elements of {@code candidates} (elements of this page, in document order) that {@code eval} matches. */
    Elements select(Evaluator eval, List<Element> candidates) {
        Elements out = new Elements();
        for (Element e : candidates) {
            if (eval.matches(doc, e)) {
                out.add(e);
            }
        }
        reset(eval);
        return out;
    }

    /**
     * Gives the page's elements that {@code eval} matches to {@code visit} in document order, until it returns true;
     * whether one did. The query is not asked of the elements after that one.
     */
    boolean anyMatch(Evaluator eval, java.util.function.Predicate<Element> visit) {
        try {
            for (Element e : all) {
                if (eval.matches(doc, e) && visit.test(e)) {
                    return true;
                }
            }
            return false;
        } finally {
            reset(eval);
        }
    }

    /** The first element of {@code candidates} (elements of this page, in document order) that {@code eval} matches. */
    Element selectFirst(Evaluator eval, List<Element> candidates) {
        Element found = null;
        for (Element e : candidates) {
            if (eval.matches(doc, e)) {
                found = e;
                break;
            }
        }
        reset(eval);
        return found;
    }

    /** {@code doc.selectFirst(query)}. */
    Element selectFirst(String query) {
        return selectFirst(evaluator(query));
    }

    /** {@code doc.selectFirst(eval)}. */
    Element selectFirst(Evaluator eval) {
        return selectFirst(eval, all);
    }

    /** A query parsed once; a query that does not parse throws as {@code select} does. */
    static Evaluator evaluator(String query) {
        Evaluator e = QUERIES.get(query);
        if (e == null) {
            e = QueryParser.parse(query);
            if (QUERIES.size() < MAX_QUERIES) {
                QUERIES.put(query, e);
            }
        }
        return e;
    }

    /**
     * Structural evaluators ({@code .vcard .fn}, {@code :not(meta)}) remember answers per thread while a selection
     * runs; jsoup clears that memo at the end of its own selections, which is what this does for ours. Asking it of
     * one detached element does (before and after), without setting up a selection's stream.
     */
    static void reset(Evaluator eval) {
        DETACHED.is(eval);
    }
}
