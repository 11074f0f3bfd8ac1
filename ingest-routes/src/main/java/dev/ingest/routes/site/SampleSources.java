package dev.ingest.routes.site;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** The source definition of the bundled sample site: its sitemap, its feed and its front page as a listing. */
public final class SampleSources {
    public static final String SOURCE_ID = "sample-site";

    private SampleSources() {
    }

    public static SourceDefinition of(String baseUrl) {
        return new SourceDefinition(SOURCE_ID, "Bundled sample publishers", true,
                List.of(StartPoint.sitemap(baseUrl + "/sitemap.xml"),
                        StartPoint.feed(baseUrl + "/feed.xml"),
                        new StartPoint(StartPoint.Kind.LISTING, baseUrl + "/index.html",
                                List.of(Pattern.compile("/(news|blog|community)/")), List.of(), 1)),
                Duration.ofMinutes(15), ExtractionRules.NONE, Duration.ofMillis(100), true, null);
    }
}
