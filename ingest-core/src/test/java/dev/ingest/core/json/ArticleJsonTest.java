package dev.ingest.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.core.model.PageType;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static Article sample() {
        Extraction e = new Extraction(PageType.ARTICLE, null, "Site", "Title", null,
                List.of(new Author("A. Writer", null)),
                new DatedValue(OffsetDateTime.parse("2026-11-27T09:30:00+01:00"), DateSource.BYLINE), null, "en",
                null, List.of("tag"), "Text.", "<p>Text.</p>", null);
        return Articles.assemble(e, new FetchInfo("https://x.example/a", "src",
                OffsetDateTime.parse("2026-11-28T10:00:00Z"), 200, DiscoveryMethod.LISTING, 1));
    }

    @Test
    void writesDatesWithOffsetsAndEnumsByWireName() throws Exception {
        JsonNode node = ArticleJson.mapper().readTree(ArticleJson.write(sample()));
        assertEquals("2026-11-27T09:30:00+01:00", node.get("published").asText());
        assertEquals("byline", node.get("publishedSource").asText());
        assertEquals("2026-11-28T10:00:00Z", node.get("fetchedAt").asText());
        assertEquals("listing", node.get("discoveredVia").asText());
        assertEquals("article", node.get("pageType").asText());
        assertTrue(node.get("modified").isNull(), "absent values are written as null");
        assertEquals("A. Writer", node.get("authors").get(0).get("name").asText());
    }

    @Test
    void roundTrips() {
        Article a = sample();
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    }
}
