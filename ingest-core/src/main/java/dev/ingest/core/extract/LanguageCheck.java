package dev.ingest.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a declared language against the text, and guesses one when none is declared: by the script of a text
 * mostly in other letters than Latin ({@link Scripts}), else by stopword counts.
 *
 * <p>{@code language("en", "Der Hund und die Katze sind nicht im Haus, aber …")} is {@code "de"}: the page said
 * English but the words are German. A declared language is kept when the text is too short to judge.
 */
final class LanguageCheck {
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "on", "are", "this",
                    "be", "have", "from", "they", "which", "has"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "den", "ein", "eine", "auch",
                    "von", "dem", "im", "zu", "es", "wird", "sind"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "qui", "que", "pour", "pas", "sur",
                    "au", "avec", "sont", "il", "ce", "plus"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con", "para", "es",
                    "se", "al", "como", "más", "pero", "sus"),
            "it", Set.of("il", "di", "che", "è", "la", "per", "non", "una", "del", "della", "con", "sono", "gli", "le",
                    "alla", "anche", "nel", "dei", "come", "più"),
            "pt", Set.of("o", "que", "de", "não", "uma", "os", "do", "da", "em", "para", "com", "é", "as", "dos",
                    "mais", "pelo", "pela", "ao", "foi", "são"),
            "nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "op", "met", "zijn", "voor", "die",
                    "ook", "wordt", "maar", "er", "aan", "bij", "naar"),
            "pl", Set.of("i", "w", "nie", "na", "się", "że", "z", "do", "jest", "to", "jak", "przez", "od", "są",
                    "ale", "po", "dla", "czy", "tak", "jego"),
            "sv", Set.of("och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "inte", "den", "till", "har",
                    "om", "var", "ett", "men", "jag", "kan"));

    /** The languages each stopword belongs to, in the order of {@link #STOPWORDS}: one look-up per word. */
    private static final Map<String, List<String>> LANGUAGES_OF = languagesOf();
    private static final int LONGEST_STOPWORD = LANGUAGES_OF.keySet().stream().mapToInt(String::length).max()
            .orElse(0);
    /** The languages, numbered for counting: the numbers index this array. */
    private static final String[] LANGUAGES = STOPWORDS.keySet().toArray(new String[0]);
    private static final Lexicon LEXICON = new Lexicon();

    private LanguageCheck() {
    }

    static String language(String declared, String text) {
        String d = declared == null ? null : declared.toLowerCase(Locale.ROOT);
        if (text == null) {
            return d;
        }
        // the first few thousand words decide; no need to lower-case and split a whole book
        String sample = text.length() > 12_000 ? text.substring(0, 12_000) : text;
        // the letters of the first 2000 characters tell the script as well as all of them
        Scripts.Guess script = Scripts.guess(sample.length() > 2000 ? sample.substring(0, 2000) : sample);
        if (script != null) {
            // a text in Greek, Cyrillic, Han… letters: a declaration that agrees with them stands, another gives way
            return d != null && Scripts.agrees(d, script) ? d : script.language();
        }
        int[] counts = new int[LANGUAGES.length];
        int[] firstHit = new int[LANGUAGES.length]; // the languages in the order of their first hit
        int languagesHit = 0;
        int words = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isSurrogate((char) c)) {
                c = lower.codePointAt(i);
            }
            // an ASCII letter is told without the Unicode tables, as most characters of most texts are ASCII
            boolean letter = i < lower.length() && (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    : Character.isLetter(c));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (++words > 3000) {
                    break;
                }
                if (i - start <= LONGEST_STOPWORD) { // longer words are no one's stopword: nothing to look up
                    for (int language : LEXICON.languagesOf(lower, start, i)) {
                        if (counts[language]++ == 0) {
                            firstHit[languagesHit++] = language;
                        }
                    }
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        if (words < 30) {
            return d;
        }
        // the counts by language, put in the order of the first hits: ties go to the language a map filled hit by
        // hit lists first, as they did when the map was filled while counting
        Map<String, Integer> hits = new HashMap<>();
        for (int k = 0; k < languagesHit; k++) {
            hits.put(LANGUAGES[firstHit[k]], counts[firstHit[k]]);
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        if (best == null || bestHits < words * 0.08) {
            return d;
        }
        if (d != null) {
            int declaredHits = hits.getOrDefault(d, 0);
            // Keep the declaration unless another language clearly dominates (and we know the declared one), or
            // unless it is a language of other letters than these ("ru" over an English text).
            boolean unknownLatin = !STOPWORDS.containsKey(d) && Scripts.writes(d, Scripts.Script.LATIN);
            if (unknownLatin || declaredHits >= bestHits * 0.6) {
                return d;
            }
        }
        return best;
    }

    /**
     * The stopwords in an open-addressing table looked up by a span of a string, so that each word of the text is
     * looked up without copying it out: {@code languagesOf("the cat", 0, 3)} gives the number of "en".
     */
    private static final class Lexicon {
        private static final int[] NONE = {};
        private final String[] words = new String[512];
        /** The numbers of each word's languages, in the order of its list in {@link #LANGUAGES_OF}. */
        private final int[][] languages = new int[words.length][];

        Lexicon() {
            List<String> numbered = List.of(LANGUAGES);
            for (Map.Entry<String, List<String>> e : LANGUAGES_OF.entrySet()) {
                int slot = slot(e.getKey().hashCode());
                while (words[slot] != null) {
                    slot = (slot + 1) & (words.length - 1);
                }
                words[slot] = e.getKey();
                languages[slot] = e.getValue().stream().mapToInt(numbered::indexOf).toArray();
            }
        }

        /** The languages of {@code s.substring(from, to)}, empty when it is no stopword. */
        int[] languagesOf(String s, int from, int to) {
            int hash = 0;
            for (int k = from; k < to; k++) {
                hash = 31 * hash + s.charAt(k); // String.hashCode of the span
            }
            int length = to - from;
            for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & (words.length - 1)) {
                String w = words[slot];
                if (w.length() == length && s.regionMatches(from, w, 0, length)) {
                    return languages[slot];
                }
            }
            return NONE;
        }

        private int slot(int hash) {
            return (hash ^ hash >>> 9) & (words.length - 1);
        }
    }

    private static Map<String, List<String>> languagesOf() {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            for (String w : e.getValue()) {
                out.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(e.getKey());
            }
        }
        return out;
    }
}
