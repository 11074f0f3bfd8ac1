package dev.ingest.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a declared language against the text with stopword counts, and guesses one when none is declared.
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

    private LanguageCheck() {
    }

    static String language(String declared, String text) {
        String d = declared == null ? null : declared.toLowerCase(Locale.ROOT);
        if (text == null) {
            return d;
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        // the first few thousand words decide; no need to lower-case and split a whole book
        String sample = text.length() > 12_000 ? text.substring(0, 12_000) : text;
        String lower = sample.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean letter = i < lower.length() && Character.isLetter(c);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (++words > 3000) {
                    break;
                }
                if (i - start <= LONGEST_STOPWORD) { // longer words are no one's stopword: no substring to look up
                    for (String language : LANGUAGES_OF.getOrDefault(lower.substring(start, i), List.of())) {
                        hits.merge(language, 1, Integer::sum);
                    }
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        if (words < 30) {
            return d;
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
            // Keep the declaration unless another language clearly dominates (and we know the declared one).
            if (!STOPWORDS.containsKey(d) || declaredHits >= bestHits * 0.6) {
                return d;
            }
        }
        return best;
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
