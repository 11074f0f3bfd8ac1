package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ingest.schemas.SchemaValidator.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source definition files are YAML; the examples validate, and each invalid one fails on the property it names. */
class SourceExamplesTest {
    private static final SchemaValidator SOURCE = SchemaValidator.of(Schemas.SOURCE_V1);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode read(String relative) throws Exception {
        return YAML.readTree(Path.of("examples", relative).toFile());
    }

    @ParameterizedTest
    @CsvSource({"source-v1/harbour-gazette.yaml"})
    void validExamplesValidate(String file) throws Exception {
        List<Violation> violations = SOURCE.validate(read(file));
        assertEquals(List.of(), violations, SOURCE.describe(violations));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"no-start-point.yaml, feeds", "misspelt-field.yaml, shedule"})
    void invalidExamplesFailOnTheirProperty(String file, String property) throws Exception {
        List<Violation> violations = SOURCE.validate(read("invalid/source-v1/" + file));
        assertTrue(violations.stream().anyMatch(v -> v.property().equals(property)), SOURCE.describe(violations));
    }
}
