package dev.ingest.routes.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against a schema of the {@code ingest-schemas} jar, with format assertions on. */
public final class SchemaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** {@code SchemaCheck.of("article-v1.schema.json")} from the classpath folder {@code /schemas/}. */
    public static SchemaCheck of(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema /schemas/" + name + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return new SchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(text, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a document, one per line; empty when it is valid. */
    public String problems(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Set<ValidationMessage> messages = schema.validate(node);
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }
}
