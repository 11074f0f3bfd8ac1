package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Articles;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DatedValue;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.model.Extraction;
import dev.ingest.core.model.FetchInfo;
import dev.ingest.core.model.PageType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the code writes is what the schema describes: records it produces validate, and no field is missing. */
class RecordsValidateTest {
    private static final JsonSchema ARTICLE = Schemas.load("article-v1.schema.json");
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    static Stream<Article> records() {
        Extraction full = new Extraction(PageType.ARTICLE, "https://x.example/story", "Site", "Title", "Standfirst",
                List.of(new Author("A. Writer", "https://x.example/a"), Author.named("B. Writer")),
                new DatedValue(OffsetDateTime.parse("2026-11-27T09:30:00+01:00"), DateSource.JSONLD),
                new DatedValue(OffsetDateTime.parse("2026-11-27T10:00:00+01:00"), DateSource.META), "en", "News",
                List.of("a", "b"), "One.\n\nTwo.", "<p>One.</p><p>Two.</p>", "https://x.example/i.jpg");
        Extraction minimal = new Extraction(PageType.VIDEO, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        String html = "<!doctype html><html lang=en><head><title>Ferry news | Gazette</title>"
                + "<meta property=og:title content='Ferry news'></head><body><nav>Home</nav><article><h1>Ferry news</h1>"
                + "<p>" + "The ferry will run later in summer and earlier in winter, the operator said. ".repeat(8)
                + "</p></article></body></html>";
        Extraction extracted = new ArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", "https://x.example/ferry", FETCHED, ExtractionRules.NONE);
        return Stream.of(
                Articles.assemble(full, new FetchInfo("https://x.example/story?utm_source=a", "src", FETCHED, 200,
                        DiscoveryMethod.FEED, 1)),
                Articles.assemble(minimal, new FetchInfo("file:/tmp/saved.html", "manual", FETCHED, 0,
                        DiscoveryMethod.MANUAL, 3)),
                Articles.assemble(extracted, new FetchInfo("https://x.example/ferry", "src", FETCHED, 200,
                        DiscoveryMethod.SITEMAP, 1)));
    }

    @ParameterizedTest
    @MethodSource("records")
    void producedRecordsValidate(Article article) throws Exception {
        JsonNode json = Schemas.JSON.readTree(ArticleJson.write(article));
        assertEquals(Set.of(), ARTICLE.validate(json), ArticleJson.write(article));
    }

    @Test
    void schemaAndRecordHaveTheSameFields() throws Exception {
        Set<String> inSchema = new TreeSet<>();
        for (Iterator<String> it = Schemas.schemaJson("article-v1.schema.json").get("properties").fieldNames();
                it.hasNext(); ) {
            inSchema.add(it.next());
        }
        Set<String> inRecord = Stream.of(Article.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inRecord, inSchema, "add a field to both Article and article-v1.schema.json");
    }
}
