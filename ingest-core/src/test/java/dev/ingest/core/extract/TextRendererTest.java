package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How white space in text becomes the single spaces of the rendered blocks. */
class TextRendererTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            runs of spaces, tabs and newlines   | <p>a  &#9; b&#10;&#10;c</p>                | a b c
            no-break and zero-width spaces      | <p>a&nbsp;&nbsp;b&#x200b;c&#x200b;</p>     | a b c
            space across inline elements        | <p>one <b> two </b> three</p>              | one two three
            leading and trailing space dropped  | <p>   lead<i> </i></p>                      | lead
            no space after a line break         | <p>first<br>   second</p>                  | `first
            second`
            an image between words              | <p>left<img src=x.png>right</p>            | left right
            pre keeps its spaces                | <pre>a   b</pre>                           | a   b
            other scripts and white space       | <p>日本&#x3000;語 Ελληνικά&#x2003;x</p>      | 日本 語 Ελληνικά x
            blocks apart                        | <h2>Plans</h2><p>One <b>two</b>.</p>       | `Plans

            One two.`
            """)
    void normalisesWhiteSpace(String name, String html, String expected) {
        assertEquals(expected, TextRenderer.render(Jsoup.parse(html).body()), name);
    }
}
