package dev.ingest.core.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders content as plain text: one block per paragraph, heading, list item, quote, table row or caption,
 * blocks separated by a blank line. A block the story repeats (a chorus, a "Tip" heading at every step) is kept
 * as often as the page shows it; blocks the page repeats around the story are the cleaner's to remove.
 *
 * <p>{@code <h2>Plans</h2><p>One <b>two</b>.</p><ul><li>a</li><li>b</li></ul>} is
 * {@code "Plans\n\nOne two.\n\na\n\nb"}.
 */
final class TextRenderer {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "hr", "address", "center", "details",
            "summary", "caption", "form", "fieldset", "legend", "body", "html");

    private TextRenderer() {
    }

    static String render(List<Element> roots) {
        List<String> blocks = new ArrayList<>();
        for (Element root : roots) {
            blocks(root, blocks);
        }
        // a block the story repeats (a chorus, a "Tip" heading per step) stays: the page shows it twice
        StringBuilder out = new StringBuilder();
        for (String b : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b);
        }
        return nfc(out.toString());
    }

    /**
     * Text in Unicode normal form C: the same words give the same bytes (and the same content hash) whichever way
     * the page encoded its accents and conjuncts.
     */
    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static String render(Element root) {
        return render(List.of(root));
    }

    private static void blocks(Element root, List<String> blocks) {
        StringBuilder current = new StringBuilder();
        int[] preDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (preDepth[0] > 0) {
                        current.append(t.getWholeText());
                    } else {
                        appendNormalised(current, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    if (e.nameIs("pre")) {
                        preDepth[0]++;
                    }
                    if (e.nameIs("br")) {
                        trimEnd(current);
                        current.append('\n');
                    } else if (e.nameIs("td") || e.nameIs("th")) {
                        if (current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))) {
                            current.append(' ');
                        }
                    } else if (e.nameIs("img") && current.length() > 0) {
                        appendNormalised(current, " ");
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, blocks);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("pre")) {
                    preDepth[0]--;
                }
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, blocks);
                }
            }
        }, root);
        flush(current, blocks);
    }

    private static void appendNormalised(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f) {
                sb.append(c); // printable ASCII, most of a text, is never space
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String b = current.toString().strip();
        if (b.indexOf('\n') >= 0) { // most blocks are one line
            b = b.replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
        }
        current.setLength(0);
        if (!b.isEmpty()) {
            blocks.add(b);
        }
    }
}
