package dev.ingest.routes.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestConfigTest {

    @Test
    void defaultsRunTheEmbeddedBroker() {
        IngestConfig c = IngestConfig.defaults();
        assertTrue(c.usesEmbeddedKafka());
        assertEquals(9092, c.get(Settings.EMBEDDED_KAFKA_PORT));
        assertEquals("ingest.articles", c.get(Settings.TOPIC_ARTICLES));
        assertEquals("default", c.origin(Settings.TOPIC_ARTICLES));
    }

    @Test
    void fileThenEnvironmentThenCommandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ingest.properties");
        Files.writeString(file, "ingest.topics.partitions=6\ningest.fetch.read-timeout=45s\n"
                + "ingest.kafka.client.security.protocol=SSL\n");
        IngestConfig c = IngestConfig.load(file, Map.of("INGEST_TOPICS_PARTITIONS", "8", "HOME", "/root",
                "INGEST_KAFKA_CLIENT_SASL_MECHANISM", "PLAIN"), Map.of("ingest.kafka.bootstrap", "k1:9092"));
        assertEquals(8, c.get(Settings.TOPIC_PARTITIONS));
        assertEquals("environment variable INGEST_TOPICS_PARTITIONS", c.origin(Settings.TOPIC_PARTITIONS));
        assertEquals(Duration.ofSeconds(45), c.get(Settings.READ_TIMEOUT));
        assertEquals("k1:9092", c.get(Settings.KAFKA_BOOTSTRAP));
        assertEquals(Map.of("security.protocol", "SSL", "sasl.mechanism", "PLAIN"), c.kafkaClientProperties());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            INGEST_TOPICS_PARTITIONS     | zero    | ingest.topics.partitions
            INGEST_TOPICS_PARTITIONS     | 0       | must be between 1 and
            INGEST_FETCH_READ_TIMEOUT    | soon    | expected a duration like
            INGEST_TOPICS_ARTICLES       | a b     | topic name
            INGEST_KAFKA_EMBEDDED_PORT   | 70000   | must be between 0 and 65535
            INGEST_TOPICS_ARTICLEZ       | x       | unknown setting 'ingest.topics.articlez'
            """)
    void aBadValueNamesTheKeyItsOriginAndWhatIsAllowed(String env, String value, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> IngestConfig.load(null, Map.of(env, value), Map.of()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(env) || e.getMessage().contains("unknown"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> IngestConfig.load(null,
                Map.of("INGEST_TOPICS_PARTITIONS", "-1", "INGEST_FETCH_MAX_REDIRECTS", "99"), Map.of()));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void secretsNeverAppearInTheDescription() {
        IngestConfig c = IngestConfig.load(null, Map.of(
                "INGEST_KAFKA_CLIENT_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule "
                        + "required username=\"ingest\" password=\"hunter2\";",
                "INGEST_KAFKA_CLIENT_SSL_KEYSTORE_PASSWORD", "s3cret",
                "INGEST_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL"), Map.of());
        String described = String.join("\n", c.describe());
        assertTrue(!described.contains("hunter2") && !described.contains("s3cret"), described);
        assertTrue(described.contains("ingest.kafka.client.sasl.jaas.config = [hidden]"), described);
        assertTrue(described.contains("ingest.kafka.client.security.protocol = SASL_SSL"), described);
        assertTrue(described.contains("ingest.topics.articles = ingest.articles (default)"), described);
    }

    @ParameterizedTest
    @CsvSource({"250ms,PT0.25S", "10s,PT10S", "5m,PT5M", "1h,PT1H", "PT30S,PT30S"})
    void durations(String text, String iso) {
        assertEquals(Duration.parse(iso), Settings.parseDurationText(text));
    }
}
