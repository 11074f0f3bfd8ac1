package dev.ingest.routes.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * A running Kafka cluster handed to a test by {@link KafkaBrokerExtension}: the embedded broker or
 * a container, the test does not need to know which.
 *
 * <pre>{@code
 * @WithKafka
 * class PublishIT {
 *     @Test
 *     void publishes(KafkaCluster kafka) {
 *         kafka.createTopic("ingest.articles", 3, Map.of("cleanup.policy", "compact"));
 *         // ... run the route against kafka.bootstrapServers() ...
 *         assertEquals(1, kafka.consume("ingest.articles", 1, Duration.ofSeconds(10)).size());
 *     }
 * }
 * }</pre>
 *
 * <p>The cluster is shared by every test in the JVM: use topic names of your own.
 */
public interface KafkaCluster {

    /** {@code host:port} for clients, e.g. {@code "localhost:40123"}. */
    String bootstrapServers();

    /** What is running, for messages: {@code "embedded KRaft broker"} or {@code "container apache/kafka:4.4.0"}. */
    String description();

    /** An admin client owned by the cluster; do not close it. */
    Admin admin();

    /**
     * Creates a topic with one replica and waits until the controller has it.
     *
     * @param configs topic configs such as {@code cleanup.policy=compact}; may be empty
     * @throws IllegalStateException naming the topic if it could not be created (e.g. it exists)
     */
    void createTopic(String name, int partitions, Map<String, String> configs);

    /** A producer of string keys and values with {@code acks=all}; the caller closes it. */
    KafkaProducer<String, String> newProducer();

    /**
     * A consumer of string keys and values in {@code groupId} that starts from the earliest offset
     * and does not commit on its own; the caller closes it.
     */
    KafkaConsumer<String, String> newConsumer(String groupId);

    /**
     * Reads {@code topic} from the beginning in a new consumer group until {@code atLeast} records
     * arrived or {@code timeout} passed, and returns what it read (maybe fewer: assert on it).
     */
    default List<ConsumerRecord<String, String>> consume(String topic, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = newConsumer("test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(topic));
            while (records.size() < atLeast && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
