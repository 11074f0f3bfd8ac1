package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
