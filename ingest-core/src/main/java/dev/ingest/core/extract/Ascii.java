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
                } else {
                    rest.add(w);
                }
            }
            others = rest.toArray(NONE);
        }

        static Words of(String... words) {
            return new Words(words);
        }

        /** Whether {@code s} holds one of the words, in any ASCII case. */
        boolean in(String s) {
            int length = s.length();
            for (int i = 0; i < length; i++) {
                char c = lower(s.charAt(i));
                String[] candidates = c < 128 ? byFirst[c] : others;
                for (String w : candidates) {
                    if (w.charAt(0) == c && w.length() <= length - i && startsWithAt(s, i, w)) {
                        return true;
                    }
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
