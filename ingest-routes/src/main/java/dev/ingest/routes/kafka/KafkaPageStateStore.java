package dev.ingest.routes.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.routes.pipeline.PageState;
import dev.ingest.routes.pipeline.PageStateStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PageStateStore} on a compacted Kafka topic, read into memory: at start-up the whole topic is loaded (so a
 * restarted instance knows every published page), and a background reader keeps following it, so instances sharing
 * the topic see each other's writes. Writes are acknowledged by the cluster before {@link #put} returns.
 *
 * <p>Memory: one small entry per published URL (a few hundred bytes); a million articles fit in a few hundred MB.
 */
public final class KafkaPageStateStore implements PageStateStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPageStateStore.class);

    private final String topic;
    private final Map<String, PageState> states = new ConcurrentHashMap<>();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Thread follower;
    private volatile boolean running = true;

    private KafkaPageStateStore(String topic, Map<String, Object> clientProperties) {
        this.topic = topic;
        Map<String, Object> p = new HashMap<>(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "120000");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        Properties c = new Properties();
        c.putAll(clientProperties);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-state-" + UUID.randomUUID());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        this.follower = new Thread(this::follow, "ingest-state-reader");
        this.follower.setDaemon(true);
    }

    /** Loads the topic to its current end, then follows it in the background. */
    public static KafkaPageStateStore open(String topic, Map<String, Object> clientProperties) {
        KafkaPageStateStore store = new KafkaPageStateStore(topic, clientProperties);
        store.loadToEnd();
        store.follower.start();
        return store;
    }

    private void loadToEnd() {
        List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
        }
        LOG.info("page state loaded: {} page(s) known from {}", states.size(), topic);
    }

    private void follow() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
            }
        } catch (WakeupException stopping) {
            // close() wakes the reader up
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, String> r) {
        if (r.value() == null) {
            states.remove(r.key());
            return;
        }
        try {
            states.put(r.key(), ArticleJson.mapper().readValue(r.value(), PageState.class));
        } catch (JsonProcessingException e) {
            LOG.warn("ignoring unreadable page state for {} at {}@{}: {}", r.key(), topic, r.offset(),
                    e.getOriginalMessage());
        }
    }

    @Override
    public Optional<PageState> find(String url) {
        return Optional.ofNullable(states.get(url));
    }

    @Override
    public void put(PageState state) {
        try {
            String json = ArticleJson.mapper().writeValueAsString(state);
            producer.send(new ProducerRecord<>(topic, state.url(), json)).get(300, TimeUnit.SECONDS);
            states.put(state.url(), state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write page state of " + state.url(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot record page state of " + state.url() + " on " + topic + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording page state of " + state.url(), e);
        }
    }

    @Override
    public List<PageState> dueForRevisit(OffsetDateTime publishedAfter, OffsetDateTime fetchedBefore) {
        return states.values().stream()
                .filter(s -> !s.gone() && s.published() != null && s.published().isAfter(publishedAfter))
                .filter(s -> s.lastFetched() == null || s.lastFetched().isBefore(fetchedBefore))
                .toList();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            follower.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(10));
    }
}
