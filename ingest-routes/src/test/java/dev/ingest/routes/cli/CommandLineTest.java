package dev.ingest.routes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.TestHttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands that need no broker, as a user types them. */
class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void extractReadsAManifestRelativeToItsOwnFolder(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("corpus/pages"));
        Files.writeString(pages.resolve("a.html"), NewsFixtureSite.article(1));
        Files.writeString(pages.resolve("b.html"), NewsFixtureSite.article(2));
        Files.writeString(dir.resolve("corpus/manifest.tsv"),
                "# saved pages\npages/a.html\thttps://herald.example/a.html\npages/b.html\thttps://herald.example/b.html\n");

        assertEquals(0, run("extract", "--manifest", dir.resolve("corpus/manifest.tsv").toString()), err.toString());
        List<Article> records = out.toString().lines().map(ArticleJson::read).toList();
        assertEquals(List.of("https://herald.example/a.html", "https://herald.example/b.html"),
                records.stream().map(Article::url).toList());
        assertTrue(records.get(0).title().startsWith("Eastmoor council decides"), records.get(0).title());
        assertEquals("manual", records.get(0).source());
    }

    @Test
    void extractTakesAFileWithItsUrlAndALiveUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.html");
        Files.writeString(file, NewsFixtureSite.article(4));
        try (TestHttpServer server = new TestHttpServer()) {
            server.page("/live.html", 200, "text/html; charset=utf-8", NewsFixtureSite.article(5));
            assertEquals(0, run("extract", "--url", "https://herald.example/saved", file.toString(),
                    server.url("/live.html")), err.toString());
        }
        List<Article> records = out.toString().lines().map(ArticleJson::read).toList();
        assertEquals(2, records.size());
        assertEquals("https://herald.example/saved", records.get(0).url());
        assertEquals(200, records.get(1).httpStatus());
    }

    /** A saved page's "5 hours ago" is read against when it was saved, not against the day it is extracted. */
    @Test
    void extractReadsRelativeDatesAgainstTheGivenFetchTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.html");
        Files.writeString(file, "<html><head><title>Pier reopens</title></head><body><article><h1>Pier reopens after"
                + " repairs</h1><p class=byline>By Theo Grant · Published 5 hours ago</p>"
                + "<p>The pier at Eastmoor reopened on Friday morning after eleven weeks of repairs to its deck and"
                + " railings, the council said.</p><p>Workers replaced two hundred planks and repainted the iron"
                + " railings, which had rusted through in several places after last winter's storms.</p>"
                + "</article></body></html>");
        assertEquals(0, run("extract", "--url", "https://herald.example/pier", "--fetched-at",
                "2026-11-28T12:00:00Z", file.toString()), err.toString());
        Article record = ArticleJson.read(out.toString().strip());
        assertEquals("2026-11-28T07:00Z", record.published().toString());
        assertEquals("2026-11-28T12:00Z", record.fetchedAt().toString());
    }

    @Test
    void aBadManifestLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, "a.html https://no-tab.example/\n");
        assertEquals(2, run("extract", "--manifest", manifest.toString()));
        assertTrue(err.toString().contains(manifest + ":1: expected 'path<TAB>url'"), err.toString());
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillPrint(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.html");
        Files.writeString(good, NewsFixtureSite.article(2));
        assertEquals(1, run("extract", dir.resolve("missing.html").toString(), good.toString()));
        assertEquals(1, out.toString().lines().count());
        assertTrue(err.toString().contains("missing.html"), err.toString());
    }

    @Test
    void sourcesCheckListsEveryMistakeAndExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.yaml"), "id: good\nfeeds: [https://good.example/feed.xml]\n");
        Files.writeString(dir.resolve("bad.yaml"), "id: good two\nfeeds: [https://bad.example/feed.xml]\nshedule: 5m\n");
        assertEquals(1, run("sources", "check", dir.toString()));
        String printed = out.toString();
        assertTrue(printed.contains("ok     good"), printed);
        assertTrue(printed.contains(dir.resolve("bad.yaml") + ":1: id:"), printed);
        assertTrue(printed.contains(dir.resolve("bad.yaml") + ":3: shedule: is not a known field"), printed);
        assertTrue(printed.contains("1 source(s) valid, 2 problem(s)"), printed);
    }

    @Test
    void theBundledExampleSourcesAreValid() throws Exception {
        Path examples = Path.of("src/main/resources/sources");
        assertEquals(0, run("sources", "check", examples.toString()), out.toString());
        assertTrue(out.toString().contains("3 source(s) valid, 0 problem(s)"), out.toString());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("run", "demo", "extract", "consume", "sources")) {
            assertTrue(out.toString().contains("  " + command + " "), out.toString());
        }
    }
}
