package dev.ingest.core.model;

import dev.ingest.core.url.UrlCanonicalizer;

/**
 * Builds the published {@link Article} from what the extractor read and how the page was fetched.
 *
 * <p>The id comes from the canonical URL (the page's {@code rel=canonical} when plausible, else the fetched URL,
 * canonicalised), so the same story fetched through a tracking link or a feed redirect gets the same id.
 */
public final class Articles {
    /**
     * Words a minute of an adult reading on screen, the usual figure behind "n min read" (Brysbaert's 2019
     * meta-analysis of 190 studies puts silent reading of English non-fiction at 238).
     */
    static final int WORDS_PER_MINUTE = 230;
    /**
     * Characters a minute of Chinese and of Japanese, which put no spaces between words. In the IReST study
     * (Trauzettel-Klosinski and Dietz, IOVS 53(9), 2012, table 2) the same texts, equated across languages, were read
     * at 255 Chinese and 357 Japanese characters a minute where English readers read 228 words a minute; scaled here
     * to {@link #WORDS_PER_MINUTE}: about 257 and 360.
     */
    static final double CHINESE_CHARACTERS_PER_MINUTE = 255.0 * WORDS_PER_MINUTE / 228;
    static final double JAPANESE_CHARACTERS_PER_MINUTE = 357.0 * WORDS_PER_MINUTE / 228;

    private Articles() {
    }

    public static Article assemble(Extraction extraction, FetchInfo fetch) {
        String canonical = UrlCanonicalizer.articleUrl(fetch.url(), extraction.canonicalUrl());
        Tally tally = Tally.of(extraction.text());
        return new Article(
                Article.SCHEMA_VERSION,
                Fingerprints.articleId(canonical),
                fetch.url(),
                canonical,
                fetch.sourceId(),
                extraction.siteName(),
                extraction.pageType(),
                extraction.title(),
                extraction.description(),
                extraction.authors(),
                extraction.published() == null ? null : extraction.published().value(),
                extraction.published() == null ? null : extraction.published().source(),
                extraction.modified() == null ? null : extraction.modified().value(),
                extraction.modified() == null ? null : extraction.modified().source(),
                extraction.language(),
                extraction.section(),
                extraction.tags(),
                extraction.text(),
                extraction.html(),
                extraction.image(),
                tally.words(),
                readingTimeMinutes(tally, extraction.language()),
                Fingerprints.contentHash(extraction.text()),
                fetch.revision(),
                fetch.fetchedAt(),
                fetch.httpStatus(),
                fetch.discoveredVia(),
                ExtractorInfo.CURRENT);
    }

    /**
     * Whitespace-separated tokens that hold at least one letter or digit; "— 3 min read" is 3 words. Chinese and
     * Japanese put no spaces between words, so each of their characters (Han, hiragana, katakana) counts as a word, as
     * word processors count them: "港口预算 2026" is 5 words. Korean spaces its words and is counted by its spaces.
     */
    public static int wordCount(String text) {
        return Tally.of(text).words();
    }

    /**
     * Minutes to read {@code text}, rounded, at least 1 when it has a word: spaced words at {@link #WORDS_PER_MINUTE},
     * Chinese and Japanese characters at their own rate. Han characters are read as Japanese on a page in Japanese
     * ({@code language} "ja") or, when the language says neither, in a text with kana; else as Chinese.
     */
    static int readingTimeMinutes(String text, String language) {
        return readingTimeMinutes(Tally.of(text), language);
    }

    private static int readingTimeMinutes(Tally tally, String language) {
        if (tally.words() == 0) {
            return 0;
        }
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        boolean japanese = lang.startsWith("ja") || !lang.startsWith("zh") && tally.kana() > 0;
        double minutes = tally.spaced() / (double) WORDS_PER_MINUTE + tally.unspaced()
                / (japanese ? JAPANESE_CHARACTERS_PER_MINUTE : CHINESE_CHARACTERS_PER_MINUTE);
        return Math.max(1, (int) Math.round(minutes));
    }

    /**
     * A text's words: {@code spaced} ones and {@code unspaced} Chinese and Japanese characters, of which {@code kana}
     * are hiragana or katakana.
     */
    private record Tally(int spaced, int unspaced, int kana) {
        int words() {
            return spaced + unspaced;
        }

        static Tally of(String text) {
            int spaced = 0;
            int unspaced = 0;
            int kana = 0;
            boolean inWord = false;
            boolean wordHasAlnum = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                Character.UnicodeScript script = c >= 0x2E80 ? Character.UnicodeScript.of(c) : null;
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    if (inWord && wordHasAlnum) {
                        spaced++; // the word before the character ends there
                    }
                    unspaced++;
                    kana += script == Character.UnicodeScript.HAN ? 0 : 1;
                    inWord = false;
                    wordHasAlnum = false;
                } else if (Character.isWhitespace(c)) {
                    if (inWord && wordHasAlnum) {
                        spaced++;
                    }
                    inWord = false;
                    wordHasAlnum = false;
                } else {
                    inWord = true;
                    wordHasAlnum |= Character.isLetterOrDigit(c);
                }
            }
            return new Tally(inWord && wordHasAlnum ? spaced + 1 : spaced, unspaced, kana);
        }
    }
}
