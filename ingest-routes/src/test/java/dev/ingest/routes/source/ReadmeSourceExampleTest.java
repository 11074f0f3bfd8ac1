package dev.ingest.routes.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The source file the README shows under "Adding a source" is a valid one. */
class ReadmeSourceExampleTest {

    @Test
    void theReadmeExampleChecksClean() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Adding a source");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = readme.indexOf("```", start);
        assertTrue(section >= 0 && start > section && end > start, "README has a YAML example under Adding a source");
        SourceChecker.Checked checked = SourceChecker.check(Path.of("README.md"), readme.substring(start, end));
        assertEquals(java.util.List.of(), checked.problems());
        assertNotNull(checked.source());
        assertEquals("harbour-gazette", checked.source().id());
        assertEquals(4, checked.source().startPoints().size(), "feed, sitemap, robots, listing");
    }
}
