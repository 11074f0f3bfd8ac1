package dev.ingest.routes.cli;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.fetch.FetchSettings;
import dev.ingest.routes.fetch.FetchedPage;
import dev.ingest.routes.fetch.PageFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the article record of saved pages or live URLs, one JSON per line.",
            "The same JSON the pipeline publishes to Kafka; for previewing a source and measuring the extractor.",
            "  ingest extract page.html --url https://news.example.com/story",
            "  ingest extract https://news.example.com/story",
            "  ingest extract --manifest corpus/manifest.tsv   (lines: path<TAB>url, paths relative to the manifest)",
            "  ingest extract saved.html --url https://news.example.com/story --fetched-at 2026-11-28T12:00:00Z"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "The URL a saved FILE was fetched from (its base for links and its id).")
    String url;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Extract every page a manifest lists: lines of path<TAB>url, paths relative to its folder.")
    Path manifest;

    @Option(names = "--fetched-at", paramLabel = "TIME",
            description = {"When the saved FILEs were fetched, ISO-8601 with offset (2026-11-28T12:00:00Z): a page's "
                + "relative dates (\"5 hours ago\", \"gestern\") are read against it. Default: now. Live URLs "
                + "use the time they are fetched."})
    OffsetDateTime fetchedAt;

    @Parameters(paramLabel = "FILE|URL", arity = "0..*", description = "Saved HTML files or http(s) URLs.")
    List<String> inputs = new ArrayList<>();

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public Integer call() throws IOException {
        List<Input> work = new ArrayList<>();
        if (manifest != null) {
            work.addAll(readManifest(manifest));
        }
        for (String in : inputs) {
            work.add(in.startsWith("http://") || in.startsWith("https://")
                    ? new Input(null, in) : new Input(Path.of(in), url));
        }
        if (work.isEmpty()) {
            spec.commandLine().getErr().println("ingest extract: give FILE or URL arguments, or --manifest FILE");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageFetcher fetcher = null;
        int failures = 0;
        for (Input input : work) {
            try {
                if (input.file() == null && fetcher == null) {
                    fetcher = new PageFetcher(FetchSettings.of(IngestConfig.defaults()), Clock.systemUTC());
                }
                out.println(ArticleJson.write(extractOne(input, fetcher)));
            } catch (Exception e) {
                failures++;
                err.println("ingest extract: " + input.describe() + ": " + e.getMessage());
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private dev.ingest.core.model.Article extractOne(Input input, PageFetcher fetcher) throws Exception {
        OffsetDateTime now = fetchedAt != null ? fetchedAt : OffsetDateTime.now(ZoneOffset.UTC);
        byte[] body;
        String contentType = null;
        String pageUrl;
        int status = 200;
        if (input.file() == null) {
            FetchedPage page = fetcher.fetchHtml(input.url());
            body = page.body();
            contentType = page.contentType();
            pageUrl = page.finalUrl();
            status = page.status();
            now = page.fetchedAt();
        } else {
            body = Files.readAllBytes(input.file());
            pageUrl = input.url() != null ? input.url() : input.file().toAbsolutePath().normalize().toUri().toString();
        }
        Extraction extraction = extractor.extract(body, contentType, pageUrl, now, ExtractionRules.NONE);
        return Articles.assemble(extraction,
                new FetchInfo(pageUrl, "manual", now, status, DiscoveryMethod.MANUAL, 1));
    }

    /** Reads {@code path<TAB>url} lines; paths are relative to the manifest's own folder. */
    static List<Input> readManifest(Path manifest) throws IOException {
        Path dir = manifest.toAbsolutePath().getParent();
        List<Input> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IOException(manifest + ":" + (i + 1) + ": expected 'path<TAB>url', got '" + line + "'");
            }
            // the URL is kept exactly as listed (a stray trailing space included): it is the record's url, which
            // is how a manifest's expectations find their record; the id still comes from the canonical form
            out.add(new Input(dir.resolve(parts[0].strip()), parts[1]));
        }
        return out;
    }

    record Input(Path file, String url) {
        String describe() {
            return file == null ? url : file + (url == null ? "" : " (" + url + ")");
        }
    }
}
