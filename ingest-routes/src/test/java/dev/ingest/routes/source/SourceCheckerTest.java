package dev.ingest.routes.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceCheckerTest {
    private static final Path FILE = Path.of("sources/harbour-gazette.yaml");

    private static final String VALID = """
            id: harbour-gazette
            name: The Harbour Gazette
            schedule: 10m
            feeds:
              - https://harbour.example/feed.xml
            sitemaps: [https://harbour.example/sitemap.xml]
            listings:
              - url: https://harbour.example/
                include: ["/news/\\\\d{4}/"]
                exclude: ["/news/live/"]
                depth: 1
            extraction:
              body: "div.story-body"
              remove: [".promo", "aside.related"]
            politeness:
              minDelay: 2s
            """;

    @Test
    void aValidFileBecomesADefinition() {
        SourceChecker.Checked c = SourceChecker.check(FILE, VALID);
        assertEquals(List.of(), c.problems());
        SourceDefinition s = c.source();
        assertNotNull(s);
        assertEquals("harbour-gazette", s.id());
        assertEquals(Duration.ofMinutes(10), s.schedule());
        assertEquals(3, s.startPoints().size());
        assertTrue(s.startPoints().get(2).accepts("https://harbour.example/news/2026/ferry"));
        assertTrue(!s.startPoints().get(2).accepts("https://harbour.example/news/live/2026"));
        assertEquals("div.story-body", s.extraction().body());
        assertEquals(List.of(".promo", "aside.related"), s.extraction().remove());
    }

    /** Each case is the valid file with one mistake; the report names its line and field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id not kebab-case          | 'id: harbour-gazette'            | 'id: Harbour Gazette'            | 1  | id                     | kebab-case
            id missing                 | 'id: harbour-gazette'            | 'title: Harbour'                 | 1  | id                     | add 'id:'
            unknown top-level field    | 'schedule: 10m'                  | 'shedule: 10m'                   | 3  | shedule                | known fields here
            bad schedule               | 'schedule: 10m'                  | 'schedule: every ten minutes'    | 3  | schedule               | 15m
            feed not a URL             | '  - https://harbour.example/feed.xml' | '  - harbour.example/feed.xml' | 5  | feeds[0]          | pattern
            listing regex broken       | '["/news/\\\\d{4}/"]'            | '["/news/[0-9"]'                 | 9  | listings[0].include[0] | regular expression
            listing depth too deep     | 'depth: 1'                       | 'depth: 9'                       | 11 | listings[0].depth      | maximum
            unknown listing field      | 'depth: 1'                       | 'dept: 1'                        | 11 | listings[0].dept       | known fields here: url
            bad CSS selector           | 'body: "div.story-body"'         | 'body: "div[class"'              | 13 | extraction.body        | CSS selector
            delay not a duration       | 'minDelay: 2s'                   | 'minDelay: fast'                 | 16 | politeness.minDelay    | Minimum time
            enabled not boolean        | 'name: The Harbour Gazette'      | 'enabled: sometimes'             | 2  | enabled                | boolean
            """)
    void eachMistakeIsReportedWithLineFieldAndFix(String name, String from, String to, int line, String field,
                                                   String hint) {
        String broken = VALID.replace(from, to);
        assertTrue(!broken.equals(VALID), "the case changes the file: " + name);
        SourceChecker.Checked c = SourceChecker.check(FILE, broken);
        assertEquals(null, c.source(), name + " must not load");
        SourceProblem p = c.problems().stream().filter(x -> x.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no problem on " + field + " in " + c.problems()));
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.toString().contains(hint), p.toString());
        assertTrue(p.toString().startsWith(FILE + ":" + line + ": " + field + ": "), p.toString());
    }

    @Test
    void noStartPointIsAMistake() {
        SourceChecker.Checked c = SourceChecker.check(FILE, "id: lonely\nname: Lonely\n");
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("no start point")), c.problems()::toString);
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        SourceChecker.Checked c = SourceChecker.check(FILE, "id: x\nfeeds:\n  - [unclosed\nname: y\n");
        assertEquals(1, c.problems().size(), c.problems()::toString);
        assertTrue(c.problems().get(0).message().startsWith("not valid YAML"));
        assertTrue(c.problems().get(0).line() >= 3, c.problems()::toString);
    }

    @Test
    void aFolderLoadsTheGoodFilesAndReportsTheBadOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.yaml"), VALID);
        Files.writeString(dir.resolve("bad.yaml"), "id: Bad Id\nfeeds: [https://x.example/feed]\n");
        Files.writeString(dir.resolve("twin.yml"), VALID);
        Files.writeString(dir.resolve("notes.txt"), "not a source");
        SourceFiles.Result r = SourceFiles.load(dir);
        assertEquals(List.of("harbour-gazette"), r.sources().stream().map(SourceDefinition::id).toList());
        assertEquals(2, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.file().endsWith("bad.yaml") && p.field().equals("id")));
        assertTrue(r.problems().stream().anyMatch(p -> p.file().endsWith("twin.yml")
                && p.message().contains("already the id of")));
    }
}
