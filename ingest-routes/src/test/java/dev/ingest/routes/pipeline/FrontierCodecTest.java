package dev.ingest.routes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.routes.testing.SchemaCheck;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FrontierCodecTest {
    private static final FrontierEntry ENTRY = new FrontierEntry("https://news.example/a", "gazette",
            DiscoveryMethod.SITEMAP, OffsetDateTime.parse("2026-11-28T12:00:00Z"), 1, "https://news.example/sitemap.xml");

    @Test
    void roundTripsAndValidates() {
        String json = FrontierCodec.write(ENTRY.nextAttempt());
        assertEquals(ENTRY.nextAttempt(), FrontierCodec.read(json));
        assertEquals("", SchemaCheck.of("frontier-v1.schema.json").problems(json));
        assertTrue(json.contains("\"discoveredVia\":\"sitemap\""), json);
    }

    @Test
    void readsAnEntryWrittenBeforeAttemptsExisted() {
        FrontierEntry e = FrontierCodec.read("{\"url\":\"https://news.example/a\",\"sourceId\":\"gazette\","
                + "\"discoveredVia\":\"feed\",\"discoveredAt\":\"2026-11-28T12:00:00Z\"}");
        assertEquals(0, e.attempt());
        assertEquals("news.example", e.host());
    }

    @Test
    void garbageIsRefusedWithTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrontierCodec.read("{oops"));
        assertTrue(e.getMessage().contains("{oops"), e.getMessage());
    }

    @Test
    void schemaAndRecordHaveTheSameFields() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/frontier-v1.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> inSchema = new TreeSet<>();
        for (Iterator<String> it = schema.get("properties").fieldNames(); it.hasNext(); ) {
            inSchema.add(it.next());
        }
        assertEquals(Stream.of(FrontierEntry.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new)), inSchema);
    }
}
