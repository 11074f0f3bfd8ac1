package dev.ingest.routes.camel;

import static dev.ingest.routes.testing.RunningPipeline.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Author;
import dev.ingest.routes.pipeline.IngestHeaders;
import dev.ingest.routes.site.SampleSite;
import dev.ingest.routes.site.SampleSources;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.SchemaCheck;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline end to end: the bundled sample site on a loopback HTTP server, discovered through its sitemap,
 * feed and listing page, fetched, extracted and published to a real broker, then read back with a plain
 * KafkaConsumer and checked against {@code sample-site/expected.json} (what each page's author wrote in it).
 */
@ExtendWith(KafkaBrokerExtension.class)
class SampleSitePipelineIT {
    /** Fetch time of the test; the community article's "about 23 hours ago" resolves against it. */
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void everySampleArticleArrivesCleanOnceWithItsMetadata(KafkaCluster kafka) throws Exception {
        JsonNode expected = expectations();
        try (SampleSite site = SampleSite.start(0);
             RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(),
                     List.of(SampleSources.of(site.baseUrl())), Clock.fixed(NOW, ZoneOffset.UTC))) {
            p.awaitSettled(Duration.ofSeconds(90));
            List<ConsumerRecord<String, String>> records = p.readAll(p.articlesTopic());
            assertTrue(p.readAll(p.deadLetterTopic()).isEmpty(), "no dead letters from the sample site");

            Map<String, ConsumerRecord<String, String>> byUrl = new HashMap<>();
            for (ConsumerRecord<String, String> r : records) {
                Article a = ArticleJson.read(r.value());
                assertEquals(null, byUrl.put(a.canonicalUrl(), r), "published once: " + a.canonicalUrl());
            }
            assertEquals(expected.get("articles").size(), records.size(),
                    "one record per article; the listing page is not one: " + byUrl.keySet());

            SchemaCheck schema = SchemaCheck.of("article-v1.schema.json");
            for (JsonNode want : expected.get("articles")) {
                String url = site.url(want.get("path").asText());
                ConsumerRecord<String, String> r = byUrl.get(url);
                assertNotNull(r, "no record for " + url + "; got " + byUrl.keySet());
                Article a = ArticleJson.read(r.value());
                String where = want.get("path").asText() + ": ";

                assertEquals("", schema.problems(r.value()), where + "record validates against article-v1");
                assertEquals(a.id(), r.key(), where + "key is the article id");
                assertEquals(SampleSources.SOURCE_ID, header(r, IngestHeaders.SOURCE));
                assertEquals("1", header(r, IngestHeaders.SCHEMA_VERSION));
                assertEquals("application/json", header(r, IngestHeaders.CONTENT_TYPE));

                assertEquals(want.get("title").asText(), a.title(), where + "title");
                List<String> authors = a.authors().stream().map(Author::name).toList();
                List<String> wantAuthors = new ObjectMapper().convertValue(want.get("authors"),
                        new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
                assertEquals(wantAuthors, authors, where + "authors");
                assertEquals(expectedPublished(want), a.published() == null ? null : a.published().toInstant(),
                        where + "published");

                for (JsonNode phrase : want.get("mustContain")) {
                    assertTrue(norm(a.text()).contains(norm(phrase.asText())),
                            where + "text keeps \"" + phrase.asText() + "\"");
                }
                for (JsonNode phrase : want.get("mustNotContain")) {
                    assertFalse(norm(a.text()).contains(norm(phrase.asText())),
                            where + "text drops chrome \"" + phrase.asText() + "\"");
                    assertFalse(norm(a.html()).contains(norm(phrase.asText())),
                            where + "html drops chrome \"" + phrase.asText() + "\"");
                }
                assertTrue(a.wordCount() > 100, where + "word count " + a.wordCount());
                String html = a.html().toLowerCase(java.util.Locale.ROOT);
                for (String unsafe : List.of("<script", "<style", " onclick=", " onload=", "javascript:", "<form")) {
                    assertFalse(html.contains(unsafe), where + "html holds " + unsafe);
                }
                assertTrue(a.text().contains("\n\n"), where + "paragraph breaks survive");
            }
        }
    }

    private static Instant expectedPublished(JsonNode want) {
        if (want.hasNonNull("publishedRelative")) {
            return NOW.minus(Duration.parse(want.get("publishedRelative").asText()));
        }
        return want.hasNonNull("published") ? OffsetDateTime.parse(want.get("published").asText()).toInstant() : null;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static JsonNode expectations() throws Exception {
        try (InputStream in = SampleSitePipelineIT.class.getResourceAsStream("/sample-site/expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
