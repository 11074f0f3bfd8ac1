package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
    private static final String[] BASES = {"https://news.example/world/2026/story.html?page=2#top",
        "http://blog.example", "https://blog.example/", "https://news.example/a/b/", "ftp://files.example/pub/",
        "https://news.example/a\tb/c", "not a url", "", "file:/srv/pages/x.html", "https://xn--bcher-kva.example/ä/"};
    private static final String[] PARTS = {"", "/", "//", "..", ".", "../", "./", "?", "#", "a", "b.html", "&x=1",
        "https:", "http:", "HTTP:", "data:", "DATA:", "javascript:", "tel:", "mailto:", "blob:", "ftp:", "file:",
        "//cdn.example", "/../", "%20", " ", "\t", "\n", "\r", "\u0000", "\u001f", "ä", "日本", "@", ":", ";base64,",
        "image/png", "=", "AAAA", "?q=a b", "#frag", "www.", ".example", "alert(1)", "\\"};

    @Test
    void resolvesEveryLinkAsJsoupDoes() {
        Random random = new Random(20261205);
        for (int i = 0; i < 40_000; i++) {
            String base = BASES[random.nextInt(BASES.length)];
            StringBuilder link = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                link.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String l = link.toString();
            assertEquals(StringUtil.resolve(base, l), new BaseUrl(base).resolve(l), () -> base + " + " + l);
        }
    }

    @Test
    void givesInlineImagesBackWithoutControlCharacters() {
        String image = "data:image/png;base64,iVBORw0KGgo\nAAAANSUhEUg\tAAAA" + "QUJD".repeat(20_000);
        BaseUrl base = new BaseUrl("https://news.example/a/");
        assertEquals(image.replace("\n", "").replace("\t", ""), base.resolve(image));
        assertEquals(StringUtil.resolve(base.uri, image), base.resolve(image));
        assertEquals("", base.resolve(" data:x"), "a scheme after a space is no scheme, as for jsoup");
        assertEquals(StringUtil.resolve(base.uri, " data:x"), base.resolve(" data:x"));
    }

    @Test
    void stripsOnlyControlCharacters() {
        assertEquals("ab c", BaseUrl.withoutControlChars("a\u0000b\u001f \nc"));
        String clean = "https://news.example/ä b";
        assertEquals(clean, BaseUrl.withoutControlChars(clean));
    }
}
