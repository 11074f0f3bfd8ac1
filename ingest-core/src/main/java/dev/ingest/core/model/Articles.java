package dev.ingest.core.model;

import dev.ingest.core.url.UrlCanonicalizer;

/**
 * Builds the published {@link Article} from what the extractor read and how the page was fetched.
 *
 * <p>The id comes from the canonical URL (the page's {@code rel=canonical} when plausible, else the fetched URL,
 * canonicalised), so the same story fetched through a tracking link or a feed redirect gets the same id.
 */
public final class Articles {
    /** Words a minute of an adult reading on screen, the usual figure behind "n min read". */
    static final int WORDS_PER_MINUTE = 230;

    private Articles() {
    }

    public static Article assemble(Extraction extraction, FetchInfo fetch) {
        String canonical = UrlCanonicalizer.articleUrl(fetch.url(), extraction.canonicalUrl());
        int words = wordCount(extraction.text());
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
                words,
                readingTimeMinutes(words),
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
        int count = 0;
        boolean inWord = false;
        boolean wordHasAlnum = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && isUnspaced(c)) {
                count += inWord && wordHasAlnum ? 2 : 1; // the character, and the word before it if it ends there
                inWord = false;
                wordHasAlnum = false;
            } else if (Character.isWhitespace(c)) {
                if (inWord && wordHasAlnum) {
                    count++;
                }
                inWord = false;
                wordHasAlnum = false;
            } else {
                inWord = true;
                wordHasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && wordHasAlnum ? count + 1 : count;
    }

    private static boolean isUnspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static int readingTimeMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
    }
}
