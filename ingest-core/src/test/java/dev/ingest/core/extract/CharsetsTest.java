package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which charset page bytes are read in: header, byte-order mark, meta tag, and bytes that contradict the tag. */
class CharsetsTest {
    private static final String PAGE = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            + "</head><body><p>%s</p></body></html>";

    private static byte[] page(String declared, String text, Charset encoding) {
        return String.format(PAGE, declared, text).getBytes(encoding);
    }

    @Test
    void readsTheMetaCharsetWhenTheBytesAreInIt() {
        String text = "谷歌公司开发出一款能够学习新知识的计算机。";
        assertTrue(Charsets.decode(page("gb2312", text, Charset.forName("GBK")), null).contains(text));
        String german = "Bürgerbeteiligung für Windräder";
        assertTrue(Charsets.decode(page("iso-8859-1", german, StandardCharsets.ISO_8859_1), "text/html")
                .contains(german));
    }

    /** A page saved or re-served as UTF-8 keeps the meta tag it was written with. */
    @Test
    void validUtf8OverrulesALegacyMetaCharset() {
        String text = "谷歌公司开发出一款能够学习新知识的计算机。";
        assertTrue(Charsets.decode(page("gb2312", text, StandardCharsets.UTF_8), null).contains(text));
        String german = "Bürgerbeteiligung für Windräder";
        assertTrue(Charsets.decode(page("windows-1252", german, StandardCharsets.UTF_8), null).contains(german));
    }

    @Test
    void theHeaderCharsetIsTheWordOfTheServer() {
        String german = "Bürgerbeteiligung";
        assertTrue(Charsets.decode(page("utf-8", german, StandardCharsets.ISO_8859_1),
                "text/html; charset=ISO-8859-1").contains(german));
        assertEquals("", Charsets.decode(new byte[0], null));
    }

    private static byte[] withPrefix(int[] prefix, byte[] rest) {
        byte[] out = new byte[prefix.length + rest.length];
        for (int i = 0; i < prefix.length; i++) {
            out[i] = (byte) prefix[i];
        }
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CharsetsTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * The extractor streams page bytes to the parser in the charset found for them; what it reads must be what the
     * decoded text gives, for every rule of the charset's choice, byte-order marks (also one the header contradicts
     * and UTF-32's), bytes that are no valid UTF-8, and a legacy charset the bytes really are in.
     */
    @Test
    void streamedBytesReadAsTheDecodedText() throws IOException {
        String german = "Bürgerbeteiligung für Windräder – „Ja“";
        byte[] utf8 = page("utf-8", german, StandardCharsets.UTF_8);
        List<byte[]> pages = new ArrayList<>(List.of(utf8,
                page("windows-1252", german, Charset.forName("windows-1252")),
                page("gb2312", "谷歌公司开发出一款能够学习新知识的计算机。", Charset.forName("GBK")),
                page("gb2312", "谷歌公司开发出一款能够学习新知识的计算机。", StandardCharsets.UTF_8),
                withPrefix(new int[] {0xEF, 0xBB, 0xBF}, utf8), withPrefix(new int[] {0xFF, 0xFE}, utf8),
                withPrefix(new int[] {0, 0, 0xFE, 0xFF}, utf8), withPrefix(new int[] {0xFE, 0xFF},
                        page("utf-16", german, StandardCharsets.UTF_16BE)),
                fixture("news-cms/standfirst-in-article-header.html"),
                fixture("blog/post-with-author-box-related-and-comments.html")));
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) { // invalid UTF-8: stray continuation bytes, cut sequences, overlong forms
            byte[] broken = pages.get(8 + i % 2).clone();
            for (int k = 0; k < 12; k++) {
                broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            pages.add(broken);
        }
        OffsetDateTime fetched = OffsetDateTime.parse("2026-11-28T12:00:00Z");
        ArticleExtractor extractor = new ArticleExtractor();
        for (String contentType : new String[] {null, "text/html", "text/html; charset=UTF-8",
            "text/html; charset=windows-1252", "text/html; charset=nonsense"}) {
            for (byte[] bytes : pages) {
                Extraction streamed = extractor.extract(bytes, contentType, "https://harbour.example/a", fetched,
                        ExtractionRules.NONE);
                Extraction decoded = extractor.extract(Charsets.decode(bytes, contentType), "https://harbour.example/a",
                        fetched, ExtractionRules.NONE);
                assertEquals(decoded, streamed, () -> contentType + " " + new String(bytes, 0, 40,
                        StandardCharsets.ISO_8859_1));
            }
        }
    }
}
