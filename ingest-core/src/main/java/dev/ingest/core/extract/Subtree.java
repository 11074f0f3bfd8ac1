package dev.ingest.core.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * jsoup's {@code select}, {@code selectFirst} and {@code getAllElements} of an element, walked by child position as
 * the page index walks the page. jsoup answers each through a stream over the subtree set up for the call, which
 * costs more than the walk itself on the small blocks the cleaner, the pruner and the title readers ask about, a
 * few thousand times a page. The answers are jsoup's: the element itself first, then the rest in document order,
 * and a query's memo (kept by structural queries such as {@code .vcard .fn}) cleared before and after, as jsoup
 * clears it.
 *
 * <p>{@code first(<div><p>a</p><p>b</p></div>, "p")} is the first {@code <p>}.
 */
final class Subtree {
    private Subtree() {
    }

    /** {@code root.getAllElements()}: {@code root} and every element under it, in document order. */
    static Elements all(Element root) {
        Elements out = new Elements();
        walk(root, null, out, false);
        return out;
    }

    /** {@code root.select(eval)}. */
    static Elements select(Element root, Evaluator eval) {
        Elements out = new Elements();
        PageIndex.reset(eval);
        walk(root, eval, out, false);
        PageIndex.reset(eval);
        return out;
    }

    /** {@code root.selectFirst(eval)}. */
    static Element first(Element root, Evaluator eval) {
        Elements out = new Elements(1);
        PageIndex.reset(eval);
        walk(root, eval, out, true);
        PageIndex.reset(eval);
        return out.isEmpty() ? null : out.get(0);
    }

    /**
     * Adds the elements of {@code root}'s subtree that {@code eval} matches (all of them for a null query) to
     * {@code out} in document order, up to the first with {@code firstOnly}.
     */
    private static void walk(Element root, Evaluator eval, Elements out, boolean firstOnly) {
        if (eval == null || eval.matches(root, root)) {
            out.add(root);
            if (firstOnly) {
                return;
            }
        }
        nodes(root, child -> {
            if (child instanceof Element e && (eval == null || eval.matches(root, e))) {
                out.add(e);
                return !firstOnly;
            }
            return true;
        });
    }

    /**
     * Hands every node under {@code root} (not {@code root} itself) to {@code visit} in document order, until it
     * answers false: depth first with a stack of (parent, next child), reading each parent's child list by position,
     * the cheapest way through a page.
     */
    static void nodes(Element root, java.util.function.Predicate<Node> visit) {
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (!visit.test(child)) {
                return;
            }
            if (child instanceof Element e && e.childNodeSize() > 0) {
                if (++depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = e;
                next[depth] = 0;
            }
        }
    }
}
