package dev.ingest.core.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A message in a mailing-list archive (Mailman's pipermail, lists mirrored as plain text): the story is one
 * preformatted block of prose, between the archive's headline, sender line and links to the thread's other messages,
 * and it ends where the sender's signature starts, at the {@code "-- "} line mail programs put before it.
 */
final class MailMessage {
    /**
     * The least share of the chosen block's text outside links (the archive's links to the thread's other messages)
     * the preformatted block holds when it is the message.
     */
    private static final double MESSAGE_SHARE = 0.75;
    /** The least share of a message's characters that are letters or spaces: a listing of code has fewer. */
    private static final double LETTER_SHARE = 0.75;
    /** The characters of code, and the share of them a message of prose stays under. */
    private static final String CODE_MARKS = "(){}[];=<>";
    private static final double CODE_SHARE = 0.03;
    /** The signature delimiter: a line of two dashes and (as sent) a space. */
    private static final Pattern DELIMITER = Pattern.compile("(?m)^-- ?$");
    /** The most lines and characters a signature runs to; past that the dashes divide something else. */
    private static final int SIGNATURE_LINES = 8;
    private static final int SIGNATURE_CHARS = 500;

    private MailMessage() {
    }

    /**
     * The message {@code content} is, cut before its signature: its largest {@code <pre>}, of prose, when that holds
     * {@link #MESSAGE_SHARE} of its text outside links and no paragraph of prose lies outside it. Else {@code content}
     * as it is.
     */
    static List<Element> narrowed(List<Element> content, TextStats stats) {
        if (content.size() != 1) {
            return content;
        }
        Element root = content.get(0);
        Element message = null;
        for (Element pre : root.getElementsByTag("pre")) {
            if (message == null || stats.text(pre) > stats.text(message)) {
                message = pre;
            }
        }
        if (message == null || message == root || words(message, stats) < MESSAGE_SHARE * words(root, stats)
                || stats.prose(root) - stats.prose(message) >= TextStats.PROSE_MIN || !isProse(message.wholeText())) {
            return content;
        }
        withoutSignature(message);
        return List.of(message);
    }

    /** The characters of {@code e}'s text outside links. */
    private static int words(Element e, TextStats stats) {
        return stats.text(e) - stats.linkText(e);
    }

    /**
     * Whether {@code text} reads as prose: {@link #LETTER_SHARE} of its non-space characters or more are letters, and
     * fewer than {@link #CODE_SHARE} are the brackets, braces, semicolons and operators a listing of code is full of
     * (a {@code >} opening a line marks a quoted line of mail, not code).
     */
    static boolean isProse(String text) {
        int letters = 0;
        int code = 0;
        int others = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                others++;
                if (CODE_MARKS.indexOf(c) >= 0 && !(c == '>' && lineStart)) {
                    code++;
                }
            }
            lineStart = c == '\n' || lineStart && (c == ' ' || c == '>');
        }
        int all = letters + others;
        return letters > 0 && letters >= LETTER_SHARE * all && code < CODE_SHARE * all;
    }

    /**
     * Cuts the signature off {@code message}: from a {@code "-- "} line in one of its own text nodes to its end, when
     * at most {@link #SIGNATURE_LINES} short lines follow the delimiter.
     */
    static void withoutSignature(Element message) {
        List<Node> nodes = List.copyOf(message.childNodes());
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof TextNode t)) {
                continue;
            }
            String text = t.getWholeText();
            Matcher m = DELIMITER.matcher(text);
            if (!m.find()) {
                continue;
            }
            StringBuilder rest = new StringBuilder(text.substring(m.end()));
            for (int j = i + 1; j < nodes.size(); j++) {
                Node n = nodes.get(j);
                rest.append(n instanceof Element e ? e.wholeText() : n instanceof TextNode tn ? tn.getWholeText() : "");
            }
            String signature = rest.toString().strip();
            if (signature.length() > SIGNATURE_CHARS || signature.lines().count() > SIGNATURE_LINES) {
                return;
            }
            t.text(text.substring(0, m.start()));
            for (Node after : List.copyOf(nodes.subList(i + 1, nodes.size()))) {
                after.remove();
            }
            return;
        }
    }
}
