package dev.ingest.core.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Looks at the text of an element without building it: whether the text starts with, or holds, one of a few words,
 * compared as a case-insensitive Unicode pattern ({@code (?iu)}) compares letters. A cheap test before
 * {@code text()} and a regular expression that needs one of the words: when the probe says no, the pattern cannot
 * match, so the text need not be built.
 *
 * <p>{@code <p> <b>B</b>y Mara Lind</p>} starts with "by"; {@code <span>Datum: 3.11. Au&shy;tor: Anna</span>} holds
 * "autor"; {@code <li>Home</li>} does neither.
 *
 * <p>Why a "no" is safe: {@link Element#text()} joins the element's text nodes in document order, collapses runs of
 * white space to one space, drops soft hyphens and zero-width spaces, adds spaces between blocks, and trims. None of
 * that joins two letters that are apart in the text nodes, so a word without spaces in {@code text()} is also in the
 * text nodes read one after the other with those two invisible characters left out, which is what the probe reads.
 * And what {@code text()} starts with follows only spaces, control characters and invisible ones there. The probe
 * may say yes where the text has no such word (an invisible character kept inside {@code <pre>}, a block boundary
 * inside a word): the caller then builds the text and asks the pattern, as before.
 */
final class TextProbe {
    /** The longest word a probe can look for. */
    private static final int MAX_WORD = 16;

    private TextProbe() {
    }

    /**
     * Words to look for, given in lower case as a {@code (?iu)} pattern folds them: {@code "autor"}, {@code "publié"}.
     */
    static final class Words {
        private final char[][] words;
        /**
         * The last two characters of the words, as bits {@code prev << 8 | last} (both below 256): most pairs of
         * characters end no word, and are passed without comparing the words.
         */
        private final long[] endings = new long[1 << 16 >> 6];
        private final int longest;

        private Words(String... words) {
            this.words = new char[words.length][];
            int max = 0;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.length() < 2 || w.length() > MAX_WORD) {
                    throw new IllegalArgumentException("a probe word has 2 to " + MAX_WORD + " characters, not '" + w
                            + "'");
                }
                for (int j = 0; j < w.length(); j++) {
                    char c = w.charAt(j);
                    if (fold(c) != c || c >= 256 || c <= ' ' || Character.isWhitespace(c) || invisible(c)) {
                        throw new IllegalArgumentException("probe word '" + w + "' is not in folded form at '" + c
                                + "': give letters below U+0100 in lower case, no spaces");
                    }
                }
                this.words[i] = w.toCharArray();
                int ending = w.charAt(w.length() - 2) << 8 | w.charAt(w.length() - 1);
                endings[ending >> 6] |= 1L << ending;
                max = Math.max(max, w.length());
            }
            this.longest = max;
        }

        static Words of(String... words) {
            return new Words(words);
        }
    }

    /**
     * Whether the text of {@code e} may start with one of {@code words}: false means {@code e.text()} starts with none
     * of them, compared as a {@code (?iu)} pattern would.
     */
    static boolean mayStartWith(Element e, Words words) {
        char[] head = new char[words.longest];
        int n = 0;
        for (Node node = e; node != null && n < head.length; node = next(node, e)) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length() && n < head.length; i++) {
                    char c = s.charAt(i);
                    if (invisible(c) || n == 0 && (c <= ' ' || c == '\u00a0')) {
                        continue; // what text() drops, or trims before its first character
                    }
                    head[n++] = fold(c);
                }
            }
        }
        for (char[] w : words.words) {
            if (w.length <= n && java.util.Arrays.equals(head, 0, w.length, w, 0, w.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text of {@code e} may hold one of {@code words} anywhere: false means {@code e.text()} holds none
     * of them, compared as a {@code (?iu)} pattern would.
     */
    static boolean mayHold(Element e, Words words) {
        Reading reading = new Reading(words);
        for (Node node = e; node != null; node = next(node, e)) {
            if (node instanceof TextNode t && reading.holds(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} may hold one of {@code words}: false means no {@code (?iu)} pattern that needs one of them
     * finds it there.
     */
    static boolean mayHold(String text, Words words) {
        return new Reading(words).holds(text);
    }

    /** The characters read so far, of one text or of an element's text nodes one after another. */
    private static final class Reading {
        private final Words words;
        private final char[] ring = new char[MAX_WORD];
        private int seen;
        private int pair; // the last two characters read, as prev << 8 | last, when both are below 256

        Reading(Words words) {
            this.words = words;
        }

        /** Reads on through {@code s}; true once the characters read end with one of the words. */
        boolean holds(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (invisible(c)) {
                    continue;
                }
                char f = fold(c);
                ring[seen++ & (MAX_WORD - 1)] = f;
                // no word holds a character of 256 or above: the pair then only lets endsWithWord say no
                pair = f < 256 ? (pair << 8 | f) & 0xffff : 0xffff;
                if ((words.endings[pair >> 6] & 1L << pair) != 0 && endsWithWord(ring, seen, words)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the last characters read (the ring holds the last {@link #MAX_WORD}) are one of the words. */
    private static boolean endsWithWord(char[] ring, int seen, Words words) {
        for (char[] w : words.words) {
            if (w.length > seen) {
                continue;
            }
            int j = w.length - 1;
            while (j >= 0 && ring[(seen - w.length + j) & (MAX_WORD - 1)] == w[j]) {
                j--;
            }
            if (j < 0) {
                return true;
            }
        }
        return false;
    }

    /** The node after {@code node} in document order, inside {@code root}; null past its end. */
    static Node next(Node node, Element root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        for (Node n = node; n != root; n = n.parentNode()) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** The element holding the first text of {@code root} that is not blank; null when it holds none. */
    static Element firstTextHolder(Element root) {
        for (Node n = root; n != null; n = next(n, root)) {
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return t.parent();
            }
        }
        return null;
    }

    /** The last text node below {@code e} that is not blank, or null: {@link #firstTextHolder}'s other end. */
    static Node lastText(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return t;
                }
            } else if (n instanceof Element c && c.hasText()) {
                return lastText(c);
            }
        }
        return null;
    }

    /** Soft hyphen and zero-width space: {@code text()} leaves them out. */
    private static boolean invisible(char c) {
        return c == '\u00ad' || c == '\u200b';
    }

    /**
     * {@code c} as a {@code (?iu)} pattern compares it: {@code toLowerCase(toUpperCase(c))}, so that "BY", "By" and
     * "ſ" (long s, read as "s") match the pattern's "by" and "s".
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
