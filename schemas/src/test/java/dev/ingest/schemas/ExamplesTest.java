package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in examples/ validates against its schema; every example in examples/invalid/ fails as named. */
class ExamplesTest {

    static Stream<Arguments> valid() throws Exception {
        return Stream.of("article-v1", "frontier-v1", "source-v1").flatMap(kind -> {
            try {
                return Schemas.examples(kind).stream().map(p -> Arguments.of(kind, p));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("valid")
    void validExamplesValidate(String kind, Path example) throws Exception {
        Set<ValidationMessage> problems = Schemas.validate(Schemas.load(kind + ".schema.json"), example);
        assertEquals(Set.of(), problems, example.toString());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            article-v1 | missing-id.json           | required    | id
            article-v1 | date-without-offset.json  | format      | published
            article-v1 | unknown-field.json        | additionalProperties | headline
            article-v1 | wrong-page-type.json      | enum        | pageType
            article-v1 | bad-content-hash.json     | pattern     | contentHash
            article-v1 | revision-zero.json        | minimum     | revision
            source-v1  | no-start-point.yaml       | required    | feeds
            source-v1  | misspelt-field.yaml       | additionalProperties | shedule
            """)
    void invalidExamplesFailOnTheNamedProperty(String kind, String file, String keyword, String property)
            throws Exception {
        Path example = Path.of("examples", "invalid", kind, file);
        Set<ValidationMessage> problems = Schemas.validate(Schemas.load(kind + ".schema.json"), example);
        assertFalse(problems.isEmpty(), file + " must not validate");
        assertTrue(problems.stream().anyMatch(m -> m.getType().equals(keyword)
                        && (m.getInstanceLocation().toString().contains(property) || property.equals(m.getProperty()))),
                file + ": expected a " + keyword + " problem on " + property + ", got " + problems);
    }

    @ParameterizedTest
    @CsvSource({"article-v1", "source-v1"})
    void everyInvalidExampleIsCovered(String kind) throws Exception {
        List<Path> files = Schemas.examples("invalid/" + kind);
        assertTrue(files.size() >= 2, kind + " has invalid examples");
    }
}
