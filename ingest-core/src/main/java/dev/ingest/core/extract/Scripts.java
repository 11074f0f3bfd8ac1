package dev.ingest.core.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The writing system a text is in, and the language it then most likely is: the stopword check of
 * {@link LanguageCheck} reads words between spaces in Latin letters, and has nothing to count in a Japanese or Greek
 * text. Hangul is Korean, kana with or without Han is Japanese, Han alone Chinese, Greek letters Greek; Cyrillic
 * and Arabic script are told apart by the letters only some of their languages use (і, ї, є, ґ are Ukrainian;
 * ы and э Russian; پ, چ, ژ, گ Persian; ے, ں, ٹ Urdu).
 *
 * <p>{@code guess("東京都は18日、…")} is Chinese-Japanese-Korean script, language "ja" when kana are among the
 * characters; {@code guess("The dam opens")} is null: mostly Latin letters, for the stopwords to judge.
 */
final class Scripts {
    /** The scripts told apart; every language not listed in {@link #LANGUAGE_SCRIPTS} is taken as Latin. */
    enum Script { LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, CJK, THAI, DEVANAGARI, BENGALI, GEORGIAN, ARMENIAN, TAMIL,
        TELUGU, KANNADA, MALAYALAM, GUJARATI, GURMUKHI, SINHALA, KHMER, LAO, MYANMAR, ETHIOPIC }

    /** A text's script and the language read from it. */
    record Guess(Script script, String language) {
    }

    /** The letters of one script a text needs before its script tells its language. */
    static final int MIN_LETTERS = 40;

    private static final Map<String, Script> LANGUAGE_SCRIPTS = languageScripts();
    /** Languages written in Latin and in Cyrillic letters. */
    private static final java.util.Set<String> TWO_SCRIPTS = java.util.Set.of("sr", "kk", "uz", "az");
    /** The language a script alone names, for the scripts one language mostly writes. */
    private static final Map<Script, String> DEFAULT_LANGUAGE = Map.ofEntries(Map.entry(Script.GREEK, "el"),
            Map.entry(Script.HEBREW, "he"), Map.entry(Script.THAI, "th"), Map.entry(Script.DEVANAGARI, "hi"),
            Map.entry(Script.BENGALI, "bn"), Map.entry(Script.GEORGIAN, "ka"), Map.entry(Script.ARMENIAN, "hy"),
            Map.entry(Script.TAMIL, "ta"), Map.entry(Script.TELUGU, "te"), Map.entry(Script.KANNADA, "kn"),
            Map.entry(Script.MALAYALAM, "ml"), Map.entry(Script.GUJARATI, "gu"), Map.entry(Script.GURMUKHI, "pa"),
            Map.entry(Script.SINHALA, "si"), Map.entry(Script.KHMER, "km"), Map.entry(Script.LAO, "lo"),
            Map.entry(Script.MYANMAR, "my"), Map.entry(Script.ETHIOPIC, "am"));

    private Scripts() {
    }

    /**
     * Whether {@code language} (an ISO 639 code, any case, region allowed) is written in {@code script}: an unlisted
     * language in Latin letters; Serbian, Kazakh, Uzbek and Azerbaijani in Latin or Cyrillic.
     */
    static boolean writes(String language, Script script) {
        String primary = primary(language);
        return LANGUAGE_SCRIPTS.getOrDefault(primary, Script.LATIN) == script
                || TWO_SCRIPTS.contains(primary) && (script == Script.LATIN || script == Script.CYRILLIC);
    }

    /** The primary language subtag of a language tag, in lower case: "zh" of "zh-TW", "pt" of "pt_BR". */
    static String primary(String tag) {
        String t = tag.strip();
        int end = 0;
        while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
            end++;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a page's {@code declared} language stands beside the guess from its letters: Chinese, Japanese and
     * Korean are told apart for certain (Hangul, kana, Han alone), so only the same language stands, with its region
     * ("zh-tw"); in the other scripts, any language written in them (the page knows Ukrainian from Russian better than
     * a few letters tell).
     */
    static boolean agrees(String declared, Guess guess) {
        if (guess.script() == Script.CJK) {
            return primary(declared).equals(guess.language());
        }
        return writes(declared, guess.script());
    }

    /**
     * The script most letters of {@code text} are in and its language, or null when that is Latin, or when fewer
     * than {@link #MIN_LETTERS} letters are in it, or fewer than half of the letters.
     */
    static Guess guess(String text) {
        int[] counts = new int[Script.values().length];
        int letters = 0;
        int kana = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                    counts[Script.LATIN.ordinal()]++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (s == Character.UnicodeScript.HANGUL) {
                hangul++;
            }
            Script script = script(s);
            if (script != null) {
                counts[script.ordinal()]++;
            }
        }
        Script top = Script.LATIN;
        for (Script s : Script.values()) {
            if (counts[s.ordinal()] > counts[top.ordinal()]) {
                top = s;
            }
        }
        int n = counts[top.ordinal()];
        if (top == Script.LATIN || n < MIN_LETTERS || n * 2 < letters) {
            return null;
        }
        return new Guess(top, switch (top) {
            case CJK -> hangul * 10 >= n * 3 ? "ko" : kana * 10 >= n ? "ja" : "zh";
            case CYRILLIC -> cyrillic(text);
            case ARABIC -> arabic(text);
            default -> DEFAULT_LANGUAGE.get(top);
        });
    }

    private static Script script(Character.UnicodeScript s) {
        return switch (s) {
            case LATIN -> Script.LATIN;
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case HAN, HIRAGANA, KATAKANA, HANGUL -> Script.CJK;
            case THAI -> Script.THAI;
            case DEVANAGARI -> Script.DEVANAGARI;
            case BENGALI -> Script.BENGALI;
            case GEORGIAN -> Script.GEORGIAN;
            case ARMENIAN -> Script.ARMENIAN;
            case TAMIL -> Script.TAMIL;
            case TELUGU -> Script.TELUGU;
            case KANNADA -> Script.KANNADA;
            case MALAYALAM -> Script.MALAYALAM;
            case GUJARATI -> Script.GUJARATI;
            case GURMUKHI -> Script.GURMUKHI;
            case SINHALA -> Script.SINHALA;
            case KHMER -> Script.KHMER;
            case LAO -> Script.LAO;
            case MYANMAR -> Script.MYANMAR;
            case ETHIOPIC -> Script.ETHIOPIC;
            default -> null;
        };
    }

    /** Which language of Cyrillic script: by the letters only some of them use, Russian when none shows. */
    private static String cyrillic(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (has(t, "әғқңөұүһ")) {
            return "kk";
        }
        if (has(t, "ў")) {
            return "be";
        }
        if (has(t, "їєґ") || has(t, "і") && !has(t, "ыэ")) {
            return "uk";
        }
        if (has(t, "ѓќѕ")) {
            return "mk";
        }
        if (has(t, "ђћџљњј")) {
            return "sr";
        }
        if (has(t, "ъ") && !has(t, "ыэё")) {
            return "bg";
        }
        return "ru";
    }

    /** Which language of Arabic script: Urdu and Persian by their own letters, else Arabic. */
    private static String arabic(String text) {
        if (has(text, "ےںٹڈڑ")) {
            return "ur";
        }
        if (has(text, "پچژگ") || count(text, "کی") > count(text, "كي")) {
            return "fa";
        }
        return "ar";
    }

    private static boolean has(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String letters) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Script> languageScripts() {
        Map<String, Script> m = new HashMap<>();
        put(m, Script.CYRILLIC, "ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "tt", "ba", "cv");
        // the Russian Federation's other languages written in Cyrillic: Ossetian, Chechen, Sakha, Avar, Ingush,
        // Lezgian, Kabardian, Karachay-Balkar, Abkhaz, Udmurt, Komi, Mari, Erzya, Moksha, Tuvan, Buryat, Kalmyk
        put(m, Script.CYRILLIC, "os", "ce", "sah", "av", "inh", "lez", "kbd", "krc", "ab", "udm", "kv", "mhr", "myv",
                "mdf", "tyv", "bua", "xal");
        put(m, Script.GREEK, "el");
        put(m, Script.ARABIC, "ar", "fa", "ur", "ps", "sd", "ug", "ckb");
        put(m, Script.HEBREW, "he", "iw", "yi");
        put(m, Script.CJK, "zh", "ja", "ko");
        put(m, Script.THAI, "th");
        put(m, Script.DEVANAGARI, "hi", "mr", "ne", "sa");
        put(m, Script.BENGALI, "bn", "as");
        put(m, Script.GEORGIAN, "ka");
        put(m, Script.ARMENIAN, "hy");
        put(m, Script.TAMIL, "ta");
        put(m, Script.TELUGU, "te");
        put(m, Script.KANNADA, "kn");
        put(m, Script.MALAYALAM, "ml");
        put(m, Script.GUJARATI, "gu");
        put(m, Script.GURMUKHI, "pa");
        put(m, Script.SINHALA, "si");
        put(m, Script.KHMER, "km");
        put(m, Script.LAO, "lo");
        put(m, Script.MYANMAR, "my");
        put(m, Script.ETHIOPIC, "am", "ti");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Script> m, Script s, String... languages) {
        for (String l : languages) {
            m.put(l, s);
        }
    }
}
