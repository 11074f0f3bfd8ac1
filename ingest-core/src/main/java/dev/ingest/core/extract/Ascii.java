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
                if (asciiLower(s.charAt(i)) == first && holdsAt(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code at}, in any ASCII case. */
    private static boolean holdsAt(String s, int at, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (asciiLower(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
