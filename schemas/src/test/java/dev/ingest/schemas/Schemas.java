package dev.ingest.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The module's schemas as the tests use them: loaded from the classpath, format assertions on. */
final class Schemas {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Schemas() {
    }

    static JsonSchema load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(text, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaJson(String name) throws IOException {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name)) {
            return JSON.readTree(in);
        }
    }

    static Set<ValidationMessage> validate(JsonSchema schema, Path document) throws IOException {
        ObjectMapper reader = document.toString().endsWith(".yaml") ? YAML : JSON;
        return schema.validate(reader.readTree(document.toFile()));
    }

    /** Example files under the module's examples/ folder. */
    static List<Path> examples(String folder) throws IOException {
        Path dir = Path.of("examples", folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
