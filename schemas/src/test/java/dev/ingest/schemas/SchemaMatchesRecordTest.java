package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.model.Article;
import dev.ingest.core.model.Author;
import dev.ingest.core.model.DateSource;
import dev.ingest.core.model.DiscoveryMethod;
import dev.ingest.core.model.ExtractorInfo;
import dev.ingest.core.model.PageType;
import dev.ingest.schemas.SchemaValidator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema and the Java model stay in step: adding, renaming or removing a field or an enum value on one side
 * without the other fails the build here, with a message saying which names differ.
 */
class SchemaMatchesRecordTest {
    private static final JsonNode ARTICLE = load(Schemas.ARTICLE_V1);
    private static final JsonNode FRONTIER = load(Schemas.FRONTIER_V1);

    @Test
    void articlePropertiesAreTheRecordComponents() {
        assertEquals(components(Article.class), names(ARTICLE.get("properties")),
                "properties of article-v1.schema.json vs components of dev.ingest.core.model.Article");
    }

    @Test
    void everyArticlePropertyIsRequiredBecauseTheRecordAlwaysWritesIt() {
        assertEquals(names(ARTICLE.get("properties")), values(ARTICLE.get("required")));
    }

    @Test
    void authorPropertiesAreTheAuthorComponents() {
        JsonNode item = ARTICLE.at("/properties/authors/items");
        assertEquals(components(Author.class), names(item.get("properties")));
        assertEquals(components(Author.class), values(item.get("required")));
    }

    @Test
    void extractorPropertiesAreTheExtractorInfoComponents() {
        JsonNode extractor = ARTICLE.at("/properties/extractor");
        assertEquals(components(ExtractorInfo.class), names(extractor.get("properties")));
        assertEquals(components(ExtractorInfo.class), values(extractor.get("required")));
    }

    @Test
    void enumsAreTheWireNamesOfTheJavaEnums() {
        assertEquals(wireNames(PageType.values(), PageType::wireName),
                values(ARTICLE.at("/properties/pageType/enum")));
        assertEquals(wireNames(DiscoveryMethod.values(), DiscoveryMethod::wireName),
                values(ARTICLE.at("/properties/discoveredVia/enum")));
        assertEquals(wireNames(DiscoveryMethod.values(), DiscoveryMethod::wireName),
                values(FRONTIER.at("/properties/discoveredVia/enum")));
        Set<String> dateSources = wireNames(DateSource.values(), DateSource::wireName);
        dateSources.add("null");
        assertEquals(dateSources, values(ARTICLE.at("/properties/publishedSource/enum")));
        assertEquals(dateSources, values(ARTICLE.at("/properties/modifiedSource/enum")));
    }

    @Test
    void schemaVersionIsTheRecordsVersion() {
        assertEquals(Article.SCHEMA_VERSION, ARTICLE.at("/properties/schemaVersion/const").asInt());
    }

    @ParameterizedTest
    @EnumSource(Schemas.class)
    void schemaIsWellFormedDraft202012(Schemas which) {
        JsonNode schema = load(which);
        List<Violation> violations = SchemaValidator.metaSchema().validate(schema);
        assertTrue(violations.isEmpty(), () -> which.fileName() + " " + violations);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(which.id(), schema.path("$id").asText());
        assertTrue(schema.path("title").isTextual(), which.fileName() + " has a title");
        assertTrue(schema.path("description").isTextual(), which.fileName() + " has a description");
        assertEquals(false, schema.path("additionalProperties").asBoolean(true),
                which.fileName() + " forbids unknown properties");
    }

    /** The schemas are the consumers' documentation: every property, at every depth, says what it means. */
    @ParameterizedTest
    @EnumSource(Schemas.class)
    void everyPropertyHasADescription(Schemas which) {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(load(which), "", undocumented);
        assertEquals(List.of(), undocumented, which.fileName() + ": properties without a description");
    }

    private static void collectUndocumented(JsonNode schema, String path, List<String> out) {
        JsonNode properties = schema.path("properties");
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode property = properties.get(name);
            String at = path.isEmpty() ? name : path + "." + name;
            if (!property.path("description").isTextual() || property.path("description").asText().isBlank()) {
                out.add(at);
            }
            collectUndocumented(property, at, out);
            collectUndocumented(property.path("items"), at + "[]", out);
        }
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
        return values;
    }

    private static <E> Set<String> wireNames(E[] constants, Function<E, String> wireName) {
        return Stream.of(constants).map(wireName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode load(Schemas which) {
        try (InputStream in = which.open()) {
            return SchemaValidator.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
