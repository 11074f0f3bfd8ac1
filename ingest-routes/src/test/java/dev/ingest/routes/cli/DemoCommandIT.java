package dev.ingest.routes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ingest demo} as a user runs it: its own embedded broker and sample site, one line per article, exit 0. */
class DemoCommandIT {

    @Test
    void printsEverySampleArticleAndExitsZero() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("demo", "--timeout", "120");

        assertEquals(0, code, "stdout:\n" + out + "\nstderr:\n" + err);
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/sample-site/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        String printed = out.toString();
        int articles = expected.get("articles").size();
        assertTrue(printed.contains("received " + articles + " article record(s)"), printed);
        for (JsonNode a : expected.get("articles")) {
            String line = printed.lines().filter(l -> l.contains("\"" + a.get("title").asText() + "\""))
                    .findFirst().orElseThrow(() -> new AssertionError("no line for " + a.get("title") + ":\n" + printed));
            assertTrue(line.contains(a.get("authors").get(0).asText()), line);
            assertTrue(line.matches(".* — \\d{4}-\\d{2}-\\d{2}T.* — \\d+ words"), line);
        }
    }
}
