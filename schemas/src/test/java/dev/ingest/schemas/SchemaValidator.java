package dev.ingest.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Validates JSON documents against one of the module's schemas, with {@code format} asserted (draft 2020-12 only
 * annotates it by default, which would let {@code "published": "yesterday"} through).
 *
 * <p>{@code SchemaValidator.of(Schemas.ARTICLE_V1).validate("{}")} lists one {@link Violation} per missing
 * property, e.g. {@code Violation[property=id, location=$, message=$: required property 'id' not found]}.
 */
final class SchemaValidator {
    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    /** One reason a document does not match: the property it is about, where, and the validator's words. */
    record Violation(String property, String location, String keyword, String message) {
    }

    private final String name;
    private final JsonSchema schema;

    private SchemaValidator(String name, JsonSchema schema) {
        this.name = name;
        this.schema = schema;
    }

    static SchemaValidator of(Schemas which) {
        try (InputStream in = which.open()) {
            return new SchemaValidator(which.fileName(), FACTORY.getSchema(in, CONFIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft 2020-12 meta-schema, bundled with the validator, for checking the schema files themselves. */
    static SchemaValidator metaSchema() {
        return new SchemaValidator("draft 2020-12 meta-schema",
                FACTORY.getSchema(SchemaLocation.of(SpecVersion.VersionFlag.V202012.getId()),
                        CONFIG));
    }

    List<Violation> validate(String json) {
        return validate(parse(json));
    }

    List<Violation> validate(Path file) {
        try {
            return validate(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Violation> validate(JsonNode document) {
        return schema.validate(document).stream()
                .map(SchemaValidator::violation)
                .sorted(Comparator.comparing(Violation::location).thenComparing(Violation::message))
                .toList();
    }

    /** A readable failure message for assertions: the schema and each violation on its own line. */
    String describe(List<Violation> violations) {
        StringBuilder out = new StringBuilder("does not match ").append(name).append(':');
        violations.forEach(v -> out.append("\n  ").append(v.message()));
        return out.toString();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The property a message is about: the one named by {@code required} or {@code additionalProperties}, else the
     * last property name on the path to the failing value ({@code $.authors[0].url} gives {@code url}).
     */
    private static Violation violation(ValidationMessage m) {
        JsonNodePath at = m.getInstanceLocation();
        String property = m.getProperty();
        for (int i = at.getNameCount() - 1; property == null && i >= 0; i--) {
            if (at.getElement(i) instanceof String s) {
                property = s;
            }
        }
        return new Violation(property == null ? "" : property, at.toString(), m.getType(), m.getMessage());
    }
}
