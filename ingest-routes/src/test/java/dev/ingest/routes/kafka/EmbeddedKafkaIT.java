package dev.ingest.routes.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.WithKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker: records go over the wire and, for {@link EmbeddedKafka}, survive a restart. */
@WithKafka
class EmbeddedKafkaIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void recordsRoundTripThroughTheSharedBroker(KafkaCluster kafka) throws Exception {
        kafka.createTopic("it.round-trip", 1, Map.of("cleanup.policy", "compact"));

        try (KafkaProducer<String, String> producer = kafka.newProducer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>("it.round-trip", "article-1", "{\"title\":\"Hello\"}");
            record.headers().add(new RecordHeader("ingest-source", "example-news".getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> read = kafka.consume("it.round-trip", 1, WAIT);
        assertEquals(1, read.size(), "records read back from " + kafka.description());
        assertEquals("article-1", read.get(0).key());
        assertEquals("{\"title\":\"Hello\"}", read.get(0).value());
        assertEquals("example-news",
                new String(read.get(0).headers().lastHeader("ingest-source").value(), StandardCharsets.UTF_8));
    }

    @Test
    void dataAndClusterIdSurviveARestartOnTheSameDir(@TempDir Path dir) throws Exception {
        EmbeddedKafka.Settings settings = EmbeddedKafka.Settings.ephemeral(dir);
        String clusterId;
        try (EmbeddedKafka first = new EmbeddedKafka(settings).start();
             Admin admin = admin(first)) {
            clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
            admin.createTopics(List.of(new NewTopic("it.restart", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = producer(first)) {
                producer.send(new ProducerRecord<>("it.restart", "k", "kept")).get(30, TimeUnit.SECONDS);
            }
        }

        try (EmbeddedKafka second = new EmbeddedKafka(settings).start();
             Admin admin = admin(second)) {
            assertEquals(clusterId, admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS),
                    "the second start reuses the formatted dir instead of making a new cluster");
            List<String> values = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = consumer(second)) {
                consumer.subscribe(List.of("it.restart"));
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                }
            }
            assertEquals(List.of("kept"), values, "records read after the restart");
        }
    }

    @Test
    void oneBrokerPerDirAndCloseIsIdempotent(@TempDir Path dir) {
        EmbeddedKafka.Settings settings = EmbeddedKafka.Settings.ephemeral(dir);
        EmbeddedKafka kafka = new EmbeddedKafka(settings).start();
        try {
            assertThrows(IllegalStateException.class, kafka::start);
            IllegalStateException sameDir = assertThrows(IllegalStateException.class,
                    () -> new EmbeddedKafka(settings).start());
            assertTrue(sameDir.getMessage().contains("used by another embedded broker"), sameDir.getMessage());
        } finally {
            kafka.close();
            kafka.close();
        }
        assertFalse(kafka.isRunning());
        assertThrows(IllegalStateException.class, kafka::bootstrapServers);
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-restart");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }
}
