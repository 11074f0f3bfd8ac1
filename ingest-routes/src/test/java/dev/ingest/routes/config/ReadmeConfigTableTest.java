package dev.ingest.routes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the one {@link ConfigTable} renders; regenerate it when a setting changes. */
class ReadmeConfigTableTest {
    private static final String START = "<!-- config-table:start -->\n";
    private static final String END = "<!-- config-table:end -->";

    @Test
    void readmeTableMatchesTheSettings() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md needs the markers " + START.strip() + " and " + END);
        assertEquals(ConfigTable.markdown(), text.substring(from + START.length(), to),
                "README configuration table is out of date; replace it with:\n" + ConfigTable.markdown());
    }
}
