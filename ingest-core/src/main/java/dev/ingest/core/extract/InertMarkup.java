package dev.ingest.core.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes out of a page's markup, before it is parsed, what no reader of the engine looks into and the cleaner removes
 * first: scripts (JSON-LD kept), style sheets, the content of inline SVG images and comments. On publisher pages these
 * are about half the characters, and the parser would decode each and build a node for it.
 *
 * <p>The tree parsed from what is left is the page's tree without those nodes ({@code InertMarkupTest} holds it to
 * that on every fixture and on broken variants of them). The scan reads markup as the parser's tokenizer does:
 * comments, quoted attribute values, the text of {@code <title>} and {@code <textarea>}, the raw text of
 * {@code <iframe>}, {@code <xmp>} and the like. Where a page does something the scan does not follow exactly (a
 * "{@code <!--<script>}" inside a script, MathML, an SVG that HTML markup breaks out of, a block never closed), it
 * cuts nothing more and the rest of the page is parsed as it is.
 *
 * <p>An SVG image keeps its start and end tags, empty: when a formatting element ({@code <a>}, {@code <b>} …) was
 * left open and a block's end closed it, the parser copies it back into the tree at the next start tag of an image,
 * and what follows goes into the copy. Cut whole, the image made no copy, and the tree differed on such broken
 * markup (two mutated variants of fixtures showed it: an {@code <a href="pan class=">} whose quote went missing, an
 * icon link whose {@code </div>} came before its image).
 *
 * <p>{@code strip("<p>Hi<script>track()</script> there</p>")} gives {@code "<p>Hi there</p>"}.
 */
final class InertMarkup {
    /**
     * Elements whose text the tokenizer reads up to their end tag: as raw text, or with references resolved
     * ({@code <title>}, {@code <textarea>}); scripts and style sheets are cut.
     */
    private static final String[] RAW_AND_RC_DATA = {"iframe", "noembed", "noframes", "xmp", "title", "textarea"};
    /** HTML start tags that close an open SVG image: the parser leaves foreign content for them. */
    private static final Set<String> BREAKS_OUT_OF_SVG = Set.of("b", "big", "blockquote", "body", "br", "center",
            "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
            "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
            "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject", "math");
    private static final int LONGEST_BREAKOUT = "foreignobject".length();
    /** Characters that {@code <} and the other markup characters are the same byte in: known by trying them. */
    private static final Map<Charset, Boolean> ASCII_MARKUP = new ConcurrentHashMap<>();
    private static final String MARKUP_PROBE = "<>/!?-=\"' \t\n\r\f[]abcdefghijklmnopqrstuvwxyz"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZ+";
    /** A scan position meaning: cut nothing more. */
    private static final int STOP = -1;

    private InertMarkup() {
    }

    /** {@code html} without its scripts (JSON-LD kept), style sheets, the content of SVG images and comments. */
    static String strip(String html) {
        int[] cuts = cuts(html);
        if (cuts.length == 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() - cutLength(cuts));
        int from = 0;
        for (int i = 0; i < cuts.length; i += 2) {
            out.append(html, from, cuts[i]);
            from = cuts[i + 1];
        }
        return out.append(html, from, html.length()).toString();
    }

    /**
     * The bytes of a page in {@code charset} without its scripts, style sheets, inline SVG images and comments, read
     * from {@code body} as the parser asks for them; all the bytes when the charset may write a markup character with
     * other bytes (UTF-16, ISO-2022, EBCDIC), as the scan reads bytes as characters.
     */
    static InputStream strip(byte[] body, Charset charset) {
        if (!markupIsAscii(charset)) {
            return new ByteArrayInputStream(body);
        }
        // Latin-1 maps each byte to one character: every ASCII byte reads as itself, every other byte as a letter
        int[] cuts = cuts(new String(body, StandardCharsets.ISO_8859_1));
        return cuts.length == 0 ? new ByteArrayInputStream(body) : new Kept(body, cuts);
    }

    /** The bytes of a page outside the cut ranges. */
    private static final class Kept extends InputStream {
        private final byte[] body;
        private final int[] cuts;
        private int pos;
        /** The next cut at or after {@code pos}, as an index into {@code cuts}. */
        private int next;

        Kept(byte[] body, int[] cuts) {
            this.body = body;
            this.cuts = cuts;
        }

        @Override
        public int read() {
            skipCuts();
            return pos < end() ? body[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            skipCuts();
            if (pos >= end()) {
                return len == 0 ? 0 : -1;
            }
            int n = Math.min(len, end() - pos);
            System.arraycopy(body, pos, b, off, n);
            pos += n;
            return n;
        }

        private void skipCuts() {
            while (next < cuts.length && pos == cuts[next]) {
                pos = cuts[next + 1];
                next += 2;
            }
        }

        /** Where the bytes kept from {@code pos} on end. */
        private int end() {
            return next < cuts.length ? cuts[next] : body.length;
        }
    }

    /**
     * Whether every markup character is its ASCII byte in {@code charset} and no byte of another character is one:
     * true of UTF-8 and the 8-bit charsets built on ASCII. The legacy East Asian multi-byte charsets qualify only in
     * part (a second byte may be a letter): a page in one of them is decoded first and cut as text.
     */
    static boolean markupIsAscii(Charset charset) {
        return ASCII_MARKUP.computeIfAbsent(charset, cs -> {
            if (cs.equals(StandardCharsets.UTF_8)) {
                return true;
            }
            if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1f) {
                return false;
            }
            return Arrays.equals(MARKUP_PROBE.getBytes(cs), MARKUP_PROBE.getBytes(StandardCharsets.US_ASCII));
        });
    }

    private static int cutLength(int[] cuts) {
        int n = 0;
        for (int i = 0; i < cuts.length; i += 2) {
            n += cuts[i + 1] - cuts[i];
        }
        return n;
    }

    /** The tokenizer's white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** The ranges to cut, as pairs of start (inclusive) and end (exclusive), in order. */
    static int[] cuts(String s) {
        return new Scan(s).run();
    }

    /** One scan of a page's markup; reads each tag's name and attributes without copying them. */
    private static final class Scan {
        private static final int BEFORE_NAME = 0;
        private static final int NAME = 1;
        private static final int AFTER_NAME = 2;
        private static final int BEFORE_VALUE = 3;
        private static final int UNQUOTED = 4;
        private static final int AFTER_QUOTED = 5;
        private static final int SELF_CLOSING = 6;

        private final String s;
        private final Cuts cuts = new Cuts();
        /** The last tag read: where its name is, whether it closes itself, where its first {@code type} value is. */
        private int nameFrom;
        private int nameTo;
        private boolean selfClosing;
        private int typeFrom;
        private int typeTo;
        /** Where the end tag of the last image {@link #svgEnd} read to its end starts. */
        private int svgEndTag;

        Scan(String s) {
            this.s = s;
        }

        int[] run() {
            int i = 0;
            while (i >= 0 && i < s.length()) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= s.length()) {
                    break;
                }
                char c = s.charAt(lt + 1);
                if (c == '!') {
                    i = s.startsWith("--", lt + 2) ? cut(lt, declarationEnd(lt)) : declarationEnd(lt);
                } else if (c == '?') {
                    i = after('>', lt + 2);
                } else if (c == '/') {
                    i = isLetter(lt + 2) ? tag(lt + 2) : after('>', lt + 2);
                } else if (isLetter(lt + 1)) {
                    i = startTag(lt);
                } else {
                    i = lt + 1;
                }
            }
            return cuts.toArray();
        }

        /** Where the element opened at {@code lt} lets the scan go on, after cutting it if it is inert. */
        private int startTag(int lt) {
            int end = tag(lt + 1);
            if (end == STOP) {
                return STOP;
            }
            if (nameIs("script")) {
                boolean jsonLd = typeMayBeJsonLd();
                int after = scriptEnd(end);
                return jsonLd ? after : cut(lt, after);
            }
            if (nameIs("style")) {
                return cut(lt, rawEnd(end, "style"));
            }
            if (nameIs("svg")) {
                // the image's content goes; its tags stay, as the parser copies a formatting element left open back
                // into the tree at an image's start tag, and what follows then goes into the copy
                if (selfClosing) {
                    return end;
                }
                int close = svgEnd(end, lt + 1);
                if (close != STOP) {
                    cut(end, svgEndTag);
                }
                return close;
            }
            if (nameIs("math") || nameIs("plaintext")) {
                return STOP;
            }
            for (String raw : RAW_AND_RC_DATA) {
                if (nameIs(raw)) {
                    return rawEnd(end, raw);
                }
            }
            return end;
        }

        private int cut(int from, int to) {
            if (to != STOP && !joinsATag(from, to)) {
                cuts.add(from, to);
            }
            return to;
        }

        /**
         * Whether cutting {@code from}–{@code to} would join a stray {@code <} before it to a letter after it, making a
         * tag of text ({@code Documentation<<script>…</script>etica}): such a script stays, as the parser reads it.
         */
        private boolean joinsATag(int from, int to) {
            if (from == 0 || s.charAt(from - 1) != '<' || to >= s.length()) {
                return false;
            }
            char next = s.charAt(to);
            return isLetter(to) || next == '/' || next == '!' || next == '?';
        }

        /**
         * The end of an SVG image whose start tag ends at {@code from} and whose name is at {@code nameAt}: after the
         * end tag that closes it. Inside it, as the parser reads foreign content, an end tag closes the element it
         * names and those opened after it; a script is raw text, a comment or CDATA section is skipped whole. An HTML
         * element that leaves foreign content, an end tag of an element opened before the image, or no end, stops
         * the scan.
         */
        private int svgEnd(int from, int nameAt) {
            // the open elements, the image itself first, each as where its name starts and ends
            int[] open = {nameAt, nameAt + 3, 0, 0, 0, 0, 0, 0};
            int depth = 1;
            int i = from;
            while (i != STOP) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= s.length()) {
                    return STOP;
                }
                char c = s.charAt(lt + 1);
                if (c == '!') {
                    i = s.startsWith("[CDATA[", lt + 2) ? after("]]>", lt + 9) : declarationEnd(lt);
                } else if (c == '?') {
                    i = after('>', lt + 2);
                } else if (c == '/' && isLetter(lt + 2)) {
                    i = tag(lt + 2);
                    int k = depth - 1;
                    while (k >= 0 && !sameName(open[2 * k], open[2 * k + 1], nameFrom, nameTo)) {
                        k--;
                    }
                    if (k < 0) {
                        return STOP; // closes an HTML element around the image, or "</p>", "</br>"
                    }
                    depth = k;
                    if (depth == 0) {
                        svgEndTag = lt;
                        return i;
                    }
                } else if (c == '/') {
                    i = after('>', lt + 2);
                } else if (isLetter(lt + 1)) {
                    i = tag(lt + 1);
                    if (i == STOP || nameTo - nameFrom <= LONGEST_BREAKOUT && BREAKS_OUT_OF_SVG.contains(
                            s.substring(nameFrom, nameTo).toLowerCase(Locale.ROOT))) {
                        return STOP;
                    }
                    if (nameIs("script") && !selfClosing) {
                        i = scriptEnd(i);
                    } else if (!selfClosing) {
                        if (2 * depth == open.length) {
                            open = Arrays.copyOf(open, open.length * 2);
                        }
                        open[2 * depth] = nameFrom;
                        open[2 * depth + 1] = nameTo;
                        depth++;
                    }
                } else {
                    i = lt + 1;
                }
            }
            return STOP;
        }

        /** Whether the names at {@code [a, aTo)} and {@code [b, bTo)} are the same, ASCII letters in either case. */
        private boolean sameName(int a, int aTo, int b, int bTo) {
            if (aTo - a != bTo - b) {
                return false;
            }
            for (int k = 0; k < aTo - a; k++) {
                char x = s.charAt(a + k);
                char y = s.charAt(b + k);
                if (x != y && Ascii.lower(x) != Ascii.lower(y)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The end of a script whose start tag ends at {@code from}: after its {@code </script>}. A "{@code <!--}" in
         * the script followed by "{@code <script}" puts the tokenizer in a state where an end tag may not end it: the
         * scan stops there.
         */
        private int scriptEnd(int from) {
            int close = endTag(from, "script");
            if (close == STOP) {
                return STOP;
            }
            int comment = indexOf("<!--", from, close);
            if (comment >= 0 && indexOfIgnoreCase("<script", comment, close) >= 0) {
                return STOP;
            }
            return tag(close + 2);
        }

        /** After the end tag of raw-text element {@code name} whose start tag ends at {@code from}. */
        private int rawEnd(int from, String name) {
            int close = endTag(from, name);
            return close == STOP ? STOP : tag(close + 2);
        }

        /**
         * Where the first "{@code </name}" at or after {@code from} starts that the tokenizer takes for the end tag:
         * the name in any case, then a space, a slash or {@code >}.
         */
        private int endTag(int from, String name) {
            int i = from;
            while (true) {
                int lt = s.indexOf("</", i);
                if (lt < 0) {
                    return STOP;
                }
                int after = lt + 2 + name.length();
                if (after < s.length() && startsWithLower(lt + 2, name)) {
                    char c = s.charAt(after);
                    if (isSpace(c) || c == '/' || c == '>') {
                        return lt;
                    }
                }
                i = lt + 2;
            }
        }

        /** After a {@code <!…>} at {@code lt}: a comment, a doctype, a CDATA section or a bogus comment. */
        private int declarationEnd(int lt) {
            if (s.startsWith("<!--", lt)) {
                int body = lt + 4;
                if (s.startsWith(">", body) || s.startsWith("->", body)) {
                    return STOP; // "<!-->" ends at once: rare, and left to the parser
                }
                int end = s.indexOf("-->", body);
                if (end < 0 || indexOf("--!>", body, end) >= 0) {
                    return STOP;
                }
                return end + 3;
            }
            if (s.startsWith("[CDATA[", lt + 2)) {
                return after("]]>", lt + 9);
            }
            return after('>', lt + 2);
        }

        private int after(char c, int from) {
            int i = s.indexOf(c, from);
            return i < 0 ? STOP : i + 1;
        }

        private int after(String end, int from) {
            int i = s.indexOf(end, from);
            return i < 0 ? STOP : i + end.length();
        }

        /** Where {@code what} first starts at or after {@code from} and ends by {@code to}; -1 if nowhere. */
        private int indexOf(String what, int from, int to) {
            for (int i = s.indexOf(what.charAt(0), from); i >= 0 && i + what.length() <= to;
                    i = s.indexOf(what.charAt(0), i + 1)) {
                if (s.startsWith(what, i)) {
                    return i;
                }
            }
            return -1;
        }

        /** Like {@link #indexOf}, in any case, for a {@code what} that starts with {@code <}. */
        private int indexOfIgnoreCase(String what, int from, int to) {
            for (int i = s.indexOf('<', from); i >= 0 && i + what.length() <= to; i = s.indexOf('<', i + 1)) {
                if (startsWithLower(i, what)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isLetter(int i) {
            if (i >= s.length()) {
                return false;
            }
            char c = s.charAt(i);
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        /** Whether {@code lower} (ASCII, lower case) is at {@code at}, its letters in either case. */
        private boolean startsWithLower(int at, String lower) {
            return at + lower.length() <= s.length() && Ascii.startsWithAt(s, at, lower);
        }

        /** Whether the last tag read is named {@code lower} (lower case), in any case. */
        private boolean nameIs(String lower) {
            return nameTo - nameFrom == lower.length() && startsWithLower(nameFrom, lower);
        }

        /** Whether the last script tag read may be JSON-LD: its type names {@code ld+json}, or holds a reference. */
        private boolean typeMayBeJsonLd() {
            for (int i = typeFrom; i >= 0 && i + 7 <= typeTo; i++) {
                if (startsWithLower(i, "ld+json")) {
                    return true;
                }
            }
            return typeFrom >= 0 && indexOf("&", typeFrom, typeTo) >= 0;
        }

        /**
         * Reads the tag whose name starts at {@code from}, state by state as the tokenizer does: a {@code <} in a tag
         * is part of a name or value, quotes open a value only after {@code =}. Gives where the tag ends, or
         * {@link #STOP} when the page ends inside it.
         */
        private int tag(int from) {
            int n = s.length();
            int i = from;
            while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
                i++;
            }
            nameFrom = from;
            nameTo = i;
            selfClosing = false;
            typeFrom = -1;
            typeTo = -1;
            int state = BEFORE_NAME;
            int attrFrom = -1;
            int attrTo = -1;
            int valueFrom = -1;
            while (i < n) {
                char c = s.charAt(i);
                switch (state) {
                    case BEFORE_NAME -> {
                        if (c == '>') {
                            return i + 1;
                        }
                        if (c == '/') {
                            state = SELF_CLOSING;
                        } else if (!isSpace(c)) {
                            state = NAME;
                            attrFrom = i;
                        }
                        i++;
                    }
                    case NAME, AFTER_NAME -> {
                        if (state == NAME) {
                            // the rest of the name at once: no character of a name ends the tag or changes state
                            while (i < n && !isSpace(c) && c != '/' && c != '=' && c != '>') {
                                c = ++i < n ? s.charAt(i) : 0;
                            }
                            if (i >= n) {
                                return STOP;
                            }
                        }
                        if (c == '>') {
                            return i + 1;
                        }
                        if (state == NAME && (isSpace(c) || c == '/' || c == '=')) {
                            attrTo = i;
                        }
                        if (isSpace(c)) {
                            state = AFTER_NAME;
                        } else if (c == '/') {
                            state = SELF_CLOSING;
                        } else if (c == '=') {
                            state = BEFORE_VALUE;
                        } else if (state == AFTER_NAME) {
                            state = NAME;
                            attrFrom = i;
                        }
                        i++;
                    }
                    case BEFORE_VALUE -> {
                        if (c == '>') {
                            return i + 1;
                        }
                        if (c == '"' || c == '\'') {
                            int close = s.indexOf(c, i + 1);
                            if (close < 0) {
                                return STOP;
                            }
                            attribute(attrFrom, attrTo, i + 1, close);
                            i = close;
                            state = AFTER_QUOTED;
                        } else if (!isSpace(c)) {
                            valueFrom = i;
                            state = UNQUOTED;
                        }
                        i++;
                    }
                    case UNQUOTED -> {
                        while (i < n && !isSpace(c) && c != '>') {
                            c = ++i < n ? s.charAt(i) : 0;
                        }
                        if (i >= n) {
                            return STOP;
                        }
                        if (isSpace(c) || c == '>') {
                            attribute(attrFrom, attrTo, valueFrom, i);
                            if (c == '>') {
                                return i + 1;
                            }
                            state = BEFORE_NAME;
                        }
                        i++;
                    }
                    default -> { // after a quoted value, or after a "/"
                        if (c == '>') {
                            selfClosing = state == SELF_CLOSING;
                            return i + 1;
                        }
                        if (isSpace(c) || c == '/' && state == AFTER_QUOTED) {
                            state = c == '/' ? SELF_CLOSING : BEFORE_NAME;
                            i++;
                        } else {
                            state = BEFORE_NAME; // read again as the start of a name
                        }
                    }
                }
            }
            return STOP;
        }

        private void attribute(int nameFrom, int nameTo, int valueFrom, int valueTo) {
            if (typeFrom < 0 && nameTo - nameFrom == 4 && startsWithLower(nameFrom, "type")) {
                typeFrom = valueFrom;
                typeTo = valueTo;
            }
        }
    }

    /** Cut ranges, collected in order. */
    private static final class Cuts {
        private int[] ranges = new int[16];
        private int size;

        void add(int from, int to) {
            if (size == ranges.length) {
                ranges = Arrays.copyOf(ranges, size * 2);
            }
            ranges[size++] = from;
            ranges[size++] = to;
        }

        int[] toArray() {
            return Arrays.copyOf(ranges, size);
        }
    }
}
