package dev.ingest.routes.site;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.routes.source.SourceChecker;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sources for the bundled sample site. {@link #of} is one source that discovers the whole site through its sitemap,
 * its feed and its front page (what {@code ingest demo} runs); {@link #bundledExamples} are the example source files
 * shipped in {@code sources/}, one per publisher, as {@code ingest run} uses them when no folder is given.
 */
public final class SampleSources {
    public static final String SOURCE_ID = "sample-site";
    /** Where the example files expect the sample site; {@link #bundledExamples} points them at the real address. */
    static final String EXAMPLE_BASE = "http://127.0.0.1:8088";
    static final List<String> EXAMPLE_FILES = List.of("harbour-gazette.yaml", "field-notes.yaml", "the-commons.yaml");

    private SampleSources() {
    }

    /** The example source files shipped with the project, pointed at the sample site served at {@code baseUrl}. */
    public static List<SourceDefinition> bundledExamples(String baseUrl) throws IOException {
        List<SourceDefinition> out = new ArrayList<>();
        for (String name : EXAMPLE_FILES) {
            String text;
            try (InputStream in = SampleSources.class.getResourceAsStream("/sources/" + name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            SourceChecker.Checked checked = SourceChecker.check(Path.of("classpath:sources", name),
                    text.replace(EXAMPLE_BASE, baseUrl));
            if (checked.source() == null) {
                throw new IllegalStateException("bundled example " + name + " is invalid: " + checked.problems());
            }
            out.add(checked.source());
        }
        return out;
    }

    public static SourceDefinition of(String baseUrl) {
        return new SourceDefinition(SOURCE_ID, "Bundled sample publishers", true,
                List.of(StartPoint.sitemap(baseUrl + "/sitemap.xml"),
                        StartPoint.feed(baseUrl + "/feed.xml"),
                        new StartPoint(StartPoint.Kind.LISTING, baseUrl + "/index.html",
                                List.of(Pattern.compile("/news/\\d{4}/"), Pattern.compile("/blog/[a-z0-9-]+/$"),
                                        Pattern.compile("/community/[a-z0-9-]+\\.html$")),
                                List.of(Pattern.compile("/community/(join|signin|explore|contact|privacy|terms)\\.html$")),
                                List.of(), 1)),
                Duration.ofMinutes(15), ExtractionRules.NONE, Duration.ofMillis(100), true, null);
    }
}
