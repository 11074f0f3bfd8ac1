package dev.ingest.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://News.Example.COM/story                          | https://news.example.com/story
            http://news.example.com:80/story                        | http://news.example.com/story
            https://news.example.com:443/story                      | https://news.example.com/story
            https://news.example.com:8443/story                     | https://news.example.com:8443/story
            https://news.example.com                                | https://news.example.com/
            https://news.example.com/a/b/../story                   | https://news.example.com/a/story
            https://news.example.com/./story                        | https://news.example.com/story
            https://news.example.com/story#comments                 | https://news.example.com/story
            https://news.example.com/story?utm_source=rss&utm_medium=feed | https://news.example.com/story
            https://news.example.com/story?id=7&utm_campaign=x      | https://news.example.com/story?id=7
            https://news.example.com/story?fbclid=abc&page=2        | https://news.example.com/story?page=2
            https://news.example.com/story?gclid=1&GCLID=2&ref_src=twsrc | https://news.example.com/story
            https://news.example.com/story?b=2&a=1                  | https://news.example.com/story?b=2&a=1
            https://news.example.com/story?                         | https://news.example.com/story
            https://news.example.com./story                         | https://news.example.com/story
            https://news.example.com/caf%C3%A9                      | https://news.example.com/caf%C3%A9
            https://news.example.com/a/b/..                         | https://news.example.com/a/
            https://news.example.com/../story                       | https://news.example.com/story
            https://news.example.com/a/./b/../../story/             | https://news.example.com/story/
            https://archive.example/web/2016/http://news.example.com/story | https://archive.example/web/2016/http://news.example.com/story
            https://news.example.com//story//                       | https://news.example.com//story//
            """)
    void canonicalises(String input, String expected) {
        assertEquals(expected, UrlCanonicalizer.canonicalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://example.com/file", "javascript:alert(1)", "mailto:a@example.com",
        "/relative/path", "http:///no-host", "http://exa mple.com/"})
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UrlCanonicalizer.canonicalize(input));
        assertTrue(e.getMessage().length() > 10, "message says what is wrong: " + e.getMessage());
        assertTrue(UrlCanonicalizer.findCanonical(input).isEmpty());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            https://x.example/story?utm_source=a | null                                | https://x.example/story
            https://x.example/story?utm_source=a | https://x.example/2026/story         | https://x.example/2026/story
            https://x.example/story              | /amp-free/story                      | https://x.example/amp-free/story
            https://x.example/story              | https://x.example/                   | https://x.example/story
            https://x.example/                   | https://x.example/                   | https://x.example/
            https://x.example/story              | not a url at all                     | https://x.example/not%20a%20url%20at%20all
            https://x.example/story              | ftp://x.example/story                | https://x.example/story
            file:/tmp/saved.html                 | https://x.example/story              | https://x.example/story
            file:/tmp/saved.html                 | null                                 | file:/tmp/saved.html
            """)
    void articleUrlPrefersAPlausibleCanonicalLink(String fetched, String declared, String expected) {
        if (declared != null && declared.contains(" ")) {
            // a relative canonical with spaces is not a URI at all: the fetched URL stands
            assertEquals("https://x.example/story", UrlCanonicalizer.articleUrl(fetched, declared));
            return;
        }
        assertEquals(expected, UrlCanonicalizer.articleUrl(fetched, declared));
    }

    @Test
    void oneArticleReachedThroughDifferentLinksGetsOneAddress() {
        String a = UrlCanonicalizer.canonicalize("https://News.example.com:443/story?utm_source=rss#top");
        String b = UrlCanonicalizer.canonicalize("https://news.example.com/story?fbclid=123");
        assertEquals(a, b);
    }
}
