package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlCleanerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div style="display:none">                    | true
            <div style="DISPLAY : None">                  | true
            <div style="color:red; visibility: Hidden">   | true
            <div style="display:block">                   | false
            <div style="overflow:hidden">                 | false
            <div style="border:none">                     | false
            <div hidden>                                  | true
            <div aria-hidden="TRUE">                      | true
            <figure aria-hidden="true">                   | false
            <div>                                         | false
            """)
    void readsHiddenFromTheMarkup(String html, boolean hidden) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        assertEquals(hidden, HtmlCleaner.isHidden(e));
    }

    /** The screen before resolving a link against the next page's address never turns away the link it resolves to. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/2026/11/dam-opens/        | 2/
            https://news.example/2026/11/dam-opens/        | ./2
            https://news.example/2026/11/dam-opens/        | ../dam-opens/2/
            https://news.example/2026/11/dam-opens/        | ?page=2
            https://news.example/2026/11/dam-opens/        | /2026/11/dam-opens/page/2#top
            https://news.example/2026/11/dam-opens/        | HTTPS://NEWS.EXAMPLE
            https://news.example/2026/11/dam-opens/        | //news.example/seite/2/.
            https://news.example/2026/11/dam-opens/        | 'page/2/\t'
            https://news.example/2026/11/dam-opens/        | p\u00e1gina/2
            https://news.example/a/b                       | ../../../c/d
            https://news.example/a/b                       | caf%C3%A9/2
            https://news.example/a/b                       | x/y/..
            """)
    void screensNoLinkAwayFromItsOwnAddress(String base, String href) {
        String resolved = new BaseUrl(base).resolve(href);
        String target = resolved.endsWith("/") ? resolved.substring(0, resolved.length() - 1) : resolved;
        assertTrue(HtmlCleaner.mayLeadTo(href, target), resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example/2026/11/dam-opens/2 | /2026/11/dam-opens/3/
            https://news.example/2026/11/dam-opens/2 | https://news.example/tag/dams/
            https://news.example/2026/11/dam-opens/2 | ?page=3
            """)
    void turnsAwayLinksEndingOtherwise(String target, String href) {
        assertFalse(HtmlCleaner.mayLeadTo(href, target));
    }
}
