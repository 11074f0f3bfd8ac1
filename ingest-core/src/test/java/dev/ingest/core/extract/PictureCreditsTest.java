package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ingest.core.model.Author;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Of two declared authors, one the byline credits for the pictures alone is dropped, and so are those a credits list
 * gives another role than a writer's; a caption's credit, a writer who also took the pictures, a line naming no one
 * else, or a credits list naming no writer drops no one.
 */
class PictureCreditsTest {
    private static final List<Author> DECLARED = List.of(Author.named("Olivia Grant"), Author.named("Mateo Alvarez"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p class=bylines><span>Story by </span><a>Olivia Grant</a> · <span>Photographs by </span><a>Mateo Alvarez</a></p> | Olivia Grant
            <p>By <a>Olivia Grant</a>. Photos: <a>Mateo Alvarez</a></p>                                                   | Olivia Grant
            <div class=byline><a>Olivia Grant</a> <span>Illustrationen von</span> <a>Mateo Alvarez</a></div>              | Olivia Grant
            <p>By <a>Olivia Grant</a> and <a>Mateo Alvarez</a></p>                                                        | Olivia Grant; Mateo Alvarez
            <p>By <a>Olivia Grant</a></p><figure><figcaption>Photograph by Mateo Alvarez</figcaption></figure>            | Olivia Grant; Mateo Alvarez
            <p>Text and photos by <a>Mateo Alvarez</a>, with <a>Olivia Grant</a></p>                                      | Olivia Grant; Mateo Alvarez
            <p>By Mateo Alvarez</p><p><a>Olivia Grant</a> · Photographs by <a>Mateo Alvarez</a></p>                       | Olivia Grant; Mateo Alvarez
            <p>Photos by <a>Olivia Grant</a> and <a>Mateo Alvarez</a></p>                                                 | Olivia Grant; Mateo Alvarez
            <dl><dt>Reporter</dt><dd>Olivia Grant</dd><dt>Photographer</dt><dd>Mateo Alvarez</dd></dl>                  | Olivia Grant
            <address><a>Olivia Grant</a> in Aveiro; translated by <a>Mateo Alvarez</a></address>                       | Olivia Grant
            <dl><div><dt>Developer</dt><dd>Olivia Grant</dd></div><div><dt>Words</dt><dd>Mateo Alvarez</dd></div></dl>   | Mateo Alvarez
            <dl><dt>Photographer</dt><dd>Olivia Grant</dd><dt>Editor</dt><dd>Mateo Alvarez</dd></dl>                    | Olivia Grant; Mateo Alvarez
            <div class=credits><p>Мәтін: <a>Olivia Grant</a></p><p>Фото: <a>Mateo Alvarez</a></p></div>                | Olivia Grant
            <div class=credits><p>Text: <a>Olivia Grant</a></p><p>Photos: <a>Mateo Alvarez</a></p></div>               | Olivia Grant
            <p>By <a>Olivia Grant</a></p><div><p>Photos: <a>Mateo Alvarez</a></p></div>                                 | Olivia Grant; Mateo Alvarez
            """)
    void dropsAnAuthorTheBylineCreditsForPicturesAlone(String body, String expected) {
        List<Author> writers = PictureCredits.writers(Jsoup.parse("<body>" + body + "</body>"), DECLARED);
        assertEquals(expected, String.join("; ", writers.stream().map(Author::name).toList()), body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>Story by Olivia Grant · Photographs by Mateo Alvarez</p>
            """)
    void leavesASingleAuthorAlone(String body) {
        List<Author> one = List.of(Author.named("Mateo Alvarez"));
        assertEquals(one, PictureCredits.writers(Jsoup.parse(body), one));
    }
}
