package dev.ingest.core.extract;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Attribute reads for the readers' hottest loops. jsoup's {@code attr} and {@code hasAttr} compare each of an
 * element's attribute names with the key folding case, as a name might be written in any; the HTML parser has
 * already lower-cased every HTML name (only SVG and MathML keep their own mixed-case names, {@code viewBox}, none of
 * which a reader asks for), so a plain comparison finds the same attribute, for less. Keys are given in lower case.
 * {@code AttrsTest} checks both reads agree on every element of every fixture page.
 *
 * <p>Both ask {@link Element#attribute}, which passes an element without attributes at once and reads the list of
 * one with attributes once; {@code attributesSize()} would read the whole list first, to leave internal keys out of
 * its count.
 *
 * <p>{@code get(<div CLASS="byline">, "class")} is {@code "byline"}; {@code get(<p>, "class")} is {@code ""}.
 */
final class Attrs {
    private Attrs() {
    }

    /** {@code e.attr(key)} for a lower-case key that is no {@code abs:} prefix: the value, or "" when absent. */
    static String get(Element e, String key) {
        Attribute a = e.attribute(key);
        return a == null ? "" : a.getValue();
    }

    /** {@code e.hasAttr(key)} for a lower-case key that is no {@code abs:} prefix. */
    static boolean has(Element e, String key) {
        return e.attribute(key) != null;
    }

    /** {@code e.className()}: the class attribute, trimmed. */
    static String className(Element e) {
        return get(e, "class").trim();
    }

    /** {@code e.id()}: the id attribute as written. */
    static String id(Element e) {
        return get(e, "id");
    }
}
