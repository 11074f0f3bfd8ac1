package dev.ingest.core.extract;

/** Tests on ASCII words, the form in which the class names, ids and styles the readers look for are written. */
final class Ascii {
    private Ascii() {
    }

    /**
     * Whether {@code s} holds one of the lower-case ASCII {@code words} in any ASCII case: the test a
     * case-insensitive pattern (ASCII-only without {@code UNICODE_CASE}) built on those words passes first.
     */
    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            char first = w.charAt(0);
            for (int i = 0, last = s.length() - w.length(); i <= last; i++) {
                if (lower(s.charAt(i)) == first && startsWithAt(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
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
