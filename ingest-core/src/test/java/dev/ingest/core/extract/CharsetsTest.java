package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
}
