package dev.ingest.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ingest.core.model.Article;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of the article record: what goes on Kafka, what {@code ingest extract} prints, and what
 * the schema describes. Dates are written as ISO-8601 strings with their offset ({@code 2026-11-27T16:40:00Z}).
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArticleJson() {
    }

    /** The shared, configured mapper; safe to use from many threads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    public static byte[] writeBytes(Article article) {
        try {
            return MAPPER.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    public static Article read(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an article record: " + e.getOriginalMessage(), e);
        }
    }
}
