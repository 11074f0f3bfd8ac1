package dev.ingest.core.extract;

/** Tests on ASCII words, the form in which the class names, ids and styles the readers look for are written. */
final class Ascii {
    private Ascii() {
    }

    /**
     * Words looked for in any ASCII case, in one pass over a text: each character is compared only with the words it
     * can start. The test a case-insensitive pattern (ASCII-only without {@code UNICODE_CASE}) built on those words
     * passes first.
     */
    static final class Words {
        private static final String[] NONE = {};
        /** The words by their first character, for a first character below 128; the others apart. */
        private final String[][] byFirst = new String[128][];
        private final String[] others;
        /**
         * The pairs of ASCII characters, in any case, that start a word of two or more ASCII-led characters: a bit
         * per pair ({@code first << 7 | second}). A position whose pair is not set starts no such word, and is passed
         * without a look at the words.
         */
        private final long[] pairs = new long[128 * 128 / 64];
        /** Whether a word of one character, or one whose second character is beyond ASCII, must be looked at anyway. */
        private final boolean[] unpaired = new boolean[128];

        private Words(String... words) {
            java.util.Arrays.fill(byFirst, NONE);
            java.util.List<String> rest = new java.util.ArrayList<>();
            for (String w : words) {
                if (w.isEmpty() || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("a word is given in lower case and not empty, not '" + w + "'");
                }
                char c = w.charAt(0);
                if (c < 128) {
                    String[] at = java.util.Arrays.copyOf(byFirst[c], byFirst[c].length + 1);
                    at[at.length - 1] = w;
                    byFirst[c] = at;
                    if (w.length() < 2 || w.charAt(1) >= 128) {
                        unpaired[c] = true;
                    } else {
                        for (char first : cases(c)) {
                            for (char second : cases(w.charAt(1))) {
                                int pair = first << 7 | second;
                                pairs[pair >> 6] |= 1L << pair;
                            }
                        }
                    }
                } else {
                    rest.add(w);
                }
            }
            others = rest.toArray(NONE);
        }

        private static char[] cases(char lower) {
            return lower >= 'a' && lower <= 'z' ? new char[] {lower, (char) (lower - ('a' - 'A'))} : new char[] {lower};
        }

        static Words of(String... words) {
            return new Words(words);
        }

        /** Whether {@code s} holds one of the words, in any ASCII case. */
        boolean in(String s) {
            int length = s.length();
            for (int i = 0; i < length; i++) {
                char raw = s.charAt(i);
                if (raw >= 128) {
                    if (others.length > 0 && holdsAt(s, i, others, raw)) {
                        return true;
                    }
                    continue;
                }
                char c = lower(raw);
                if (!unpaired[c]) {
                    if (i + 1 == length) {
                        return false; // every word left starts a pair
                    }
                    char next = s.charAt(i + 1);
                    if (next < 128) {
                        int pair = raw << 7 | next;
                        if ((pairs[pair >> 6] & 1L << pair) == 0) {
                            continue;
                        }
                    }
                }
                if (holdsAt(s, i, byFirst[c], c)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean holdsAt(String s, int at, String[] candidates, char c) {
            for (String w : candidates) {
                if (w.charAt(0) == c && w.length() <= s.length() - at && startsWithAt(s, at, w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether {@code s} holds the lower-case ASCII {@code word} at {@code at}, in any ASCII case; {@code s} has at
     * least as many characters from {@code at} as the word.
     */
    static boolean startsWithAt(String s, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (lower(s.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} with an ASCII capital made small; every other character as it is. */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
