package dev.ingest.routes.testing;

import dev.ingest.routes.camel.IngestPipeline;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.kafka.TopicReader;
import dev.ingest.routes.source.SourceDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * A pipeline under test on the shared broker, with topics and consumer group of its own so tests in one JVM never
 * see each other's records. {@link #readAll} reads a topic with a plain {@link KafkaConsumer}, as a downstream
 * consumer would.
 */
public final class RunningPipeline implements AutoCloseable {
    private final IngestPipeline pipeline;
    private final IngestConfig config;
    private final String bootstrap;
    private final List<SourceDefinition> sources;
    private final Clock clock;

    private RunningPipeline(IngestPipeline pipeline, IngestConfig config, String bootstrap,
                            List<SourceDefinition> sources, Clock clock) {
        this.pipeline = pipeline;
        this.config = config;
        this.bootstrap = bootstrap;
        this.sources = sources;
        this.clock = clock;
    }

    public static RunningPipeline start(String bootstrap, List<SourceDefinition> sources, Clock clock)
            throws Exception {
        return start(bootstrap, sources, clock, UnaryOperator.identity());
    }

    /** Starts with fresh topics and group, after {@code tweak} adjusted the configuration. */
    public static RunningPipeline start(String bootstrap, List<SourceDefinition> sources, Clock clock,
                                        UnaryOperator<IngestConfig> tweak) throws Exception {
        String run = "t" + UUID.randomUUID().toString().substring(0, 8);
        IngestConfig config = IngestConfig.defaults()
                .with(Settings.KAFKA_BOOTSTRAP, bootstrap)
                .with(Settings.TOPIC_ARTICLES, run + ".articles")
                .with(Settings.TOPIC_FRONTIER, run + ".frontier")
                .with(Settings.TOPIC_DEAD_LETTER, run + ".dead-letter")
                .with(Settings.CONSUMER_GROUP, run + "-fetch")
                .with(Settings.TOPIC_STATE, run + ".state")
                .with(Settings.TOPIC_PARTITIONS, 1);
        config = tweak.apply(config);
        return new RunningPipeline(IngestPipeline.start(config, bootstrap, sources, clock), config, bootstrap,
                sources, clock);
    }

    /**
     * Another instance on the same topics and consumer group: a restart after {@link #close()}, or a second
     * instance sharing the work while this one runs.
     */
    public RunningPipeline another() throws Exception {
        return new RunningPipeline(IngestPipeline.start(config, bootstrap, sources, clock), config, bootstrap,
                sources, clock);
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public String articlesTopic() {
        return config.get(Settings.TOPIC_ARTICLES);
    }

    public String deadLetterTopic() {
        return config.get(Settings.TOPIC_DEAD_LETTER);
    }

    public String frontierTopic() {
        return config.get(Settings.TOPIC_FRONTIER);
    }

    /** Waits (up to a generous bound, not a performance claim) until every queued page reached an end. */
    public void awaitSettled(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        var c = pipeline.counters();
        while (!(c.discoveryRuns() > 0 && c.settled())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pipeline did not settle within " + bound + ": queued=" + c.queuedCount()
                        + " published=" + c.publishedCount() + " skipped=" + c.skippedCount()
                        + " deadLetters=" + c.deadLetteredCount());
            }
            Thread.sleep(50);
        }
    }

    /** Every record now in a topic, read from the beginning with a plain consumer. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        return TopicReader.readAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic,
                Duration.ofSeconds(30));
    }

    /** The UTF-8 value of a record header, or null. */
    public static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
