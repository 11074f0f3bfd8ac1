package dev.ingest.routes.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.ingest.routes.kafka.EmbeddedKafka.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings are checked when made, so a typo fails before any broker starts. */
class EmbeddedKafkaSettingsTest {

    @ParameterizedTest(name = "broker {0}, controller {1}, node {2}, partitions {3} -> {4}")
    @CsvSource({
            "-1,    0, 1, 1, brokerPort",
            "65536, 0, 1, 1, brokerPort",
            "9092, -5, 1, 1, controllerPort",
            "9092, 9092, 1, 1, controllerPort",
            "9092,  0, -1, 1, nodeId",
            "9092,  0, 1, 0, defaultPartitions",
    })
    void rejectsValuesOutOfRange(int broker, int controller, int node, int partitions, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new Settings(Path.of("d"), broker, controller, node, partitions, Map.of(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"log.dirs", "listeners", "node.id", "controller.quorum.voters"})
    void extraPropertiesCannotContradictTheFields(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.defaults().withProperty(key, "x"));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void defaultsMatchWhatIngestRunPromises() {
        Settings s = Settings.defaults();
        assertEquals(Path.of("data", "kafka"), s.dataDir());
        assertEquals(9092, s.brokerPort());
        assertEquals(0, s.controllerPort());
    }

    @Test
    void extraPropertiesAreCopiedNotShared() {
        Map<String, String> props = new HashMap<>(Map.of("log.retention.hours", "1"));
        Settings s = Settings.defaults().withDataDir(Path.of("x"));
        Settings withProps = new Settings(s.dataDir(), 0, 0, 1, 1, props, Duration.ofSeconds(5));
        props.put("log.retention.hours", "2");
        assertEquals("1", withProps.extraProperties().get("log.retention.hours"));
        assertEquals("3", withProps.withProperty("num.io.threads", "3").extraProperties().get("num.io.threads"));
        assertThrows(UnsupportedOperationException.class, () -> withProps.extraProperties().put("a", "b"));
    }
}
