package dev.ingest.routes.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import dev.ingest.routes.kafka.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Resolves {@link KafkaCluster} parameters with one broker per test JVM, started on first use and
 * stopped when the test run ends (it lives in the root {@link ExtensionContext.Store} as an
 * {@link AutoCloseable}).
 *
 * <p>Which broker, from the system property {@value #MODE_PROPERTY}:
 * <ul>
 *   <li>{@code auto} (default): a Testcontainers {@link KafkaContainer} if a Docker engine answers,
 *       else {@link EmbeddedKafka} on free ports in a temp dir;</li>
 *   <li>{@code embedded}: always {@link EmbeddedKafka};</li>
 *   <li>{@code container}: always the container, failing (not skipping) without Docker.</li>
 * </ul>
 * The container image is {@code apache/kafka:<kafka-clients version>} unless
 * {@value #IMAGE_PROPERTY} names another. E.g. {@code mvn verify -Dingest.test.kafka=embedded}.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    /** System property choosing the broker: {@code auto}, {@code embedded} or {@code container}. */
    public static final String MODE_PROPERTY = "ingest.test.kafka";
    /** System property overriding the container image, e.g. {@code apache/kafka:4.1.0}. */
    public static final String IMAGE_PROPERTY = "ingest.test.kafka.image";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    /** Looking for Docker can try several sockets and hosts; never let it hold the tests up longer. */
    private static final long DOCKER_PROBE_SECONDS = 15;

    private enum Mode { AUTO, EMBEDDED, CONTAINER }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(KafkaCluster.class, key -> startCluster(), RunningCluster.class);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("No Kafka for " + context.getDisplayName() + ": " + e.getMessage(), e);
        }
    }

    private static RunningCluster startCluster() {
        Mode mode = mode();
        long began = System.nanoTime();
        RunningCluster cluster = switch (mode) {
            case EMBEDDED -> startEmbedded();
            case CONTAINER -> {
                if (!dockerAvailable()) {
                    throw new IllegalStateException(MODE_PROPERTY + "=container but Testcontainers found no Docker"
                            + " engine (waited up to " + DOCKER_PROBE_SECONDS + " s): start Docker or set DOCKER_HOST,"
                            + " or run with -D" + MODE_PROPERTY + "=embedded");
                }
                yield startContainer();
            }
            case AUTO -> dockerAvailable() ? startContainer() : startEmbedded();
        };
        String why = mode == Mode.AUTO && cluster.description().startsWith("embedded") ? ", no Docker engine" : "";
        LOG.info("Kafka for tests: {} on {} ({}={}{}), ready in {} ms", cluster.description(), cluster.bootstrapServers(),
                MODE_PROPERTY, mode.name().toLowerCase(Locale.ROOT), why,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return cluster;
    }

    private static Mode mode() {
        String value = System.getProperty(MODE_PROPERTY, "auto").strip();
        if (value.isEmpty()) {
            return Mode.AUTO;
        }
        try {
            return Mode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("-D" + MODE_PROPERTY + "=" + value
                    + " is not one of auto, embedded, container", e);
        }
    }

    /** Asks Testcontainers on a daemon thread, so a Docker host that never answers cannot hang the run. */
    private static boolean dockerAvailable() {
        CompletableFuture<Boolean> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                probe.complete(DockerClientFactory.instance().isDockerAvailable());
            } catch (Throwable t) {
                probe.completeExceptionally(t);
            }
        }, "docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(DOCKER_PROBE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("No Docker engine: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static RunningCluster startEmbedded() {
        Path dir;
        try {
            dir = Files.createTempDirectory("ingest-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temp dir for the embedded broker", e);
        }
        EmbeddedKafka kafka = new EmbeddedKafka(EmbeddedKafka.Settings.ephemeral(dir).withDefaultPartitions(1)).start();
        return new RunningCluster("embedded KRaft broker", kafka.bootstrapServers(), () -> {
            kafka.close();
            deleteRecursively(dir);
        });
    }

    private static RunningCluster startContainer() {
        String image = System.getProperty(IMAGE_PROPERTY, "").strip();
        if (image.isEmpty()) {
            image = "apache/kafka:" + kafkaClientsVersion();
        }
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(image));
        container.start();
        return new RunningCluster("container " + image, container.getBootstrapServers(), container::stop);
    }

    /** The version kafka-clients reports about itself, e.g. {@code 4.4.0}, so broker and client match. */
    private static String kafkaClientsVersion() {
        Properties p = new Properties();
        try (InputStream in = KafkaProducer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read kafka-clients' version", e);
        }
        String version = p.getProperty("version", "");
        if (version.isBlank()) {
            throw new IllegalStateException("kafka-clients does not say its version: set -D" + IMAGE_PROPERTY
                    + "=apache/kafka:<version>");
        }
        return version;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    /** The shared cluster: a bootstrap address, a lazily made admin client, and how to stop it all. */
    static final class RunningCluster implements KafkaCluster, AutoCloseable {
        private final String description;
        private final String bootstrapServers;
        private final Runnable stop;
        private Admin admin;

        RunningCluster(String description, String bootstrapServers, Runnable stop) {
            this.description = description;
            this.bootstrapServers = bootstrapServers;
            this.stop = stop;
        }

        @Override
        public String bootstrapServers() {
            return bootstrapServers;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public synchronized Admin admin() {
            if (admin == null) {
                admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
            }
            return admin;
        }

        @Override
        public void createTopic(String name, int partitions, Map<String, String> configs) {
            NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(configs);
            try {
                admin().createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Could not create topic " + name + " (" + partitions + " partitions, "
                        + configs + ") on " + description + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + name, e);
            }
        }

        @Override
        public KafkaProducer<String, String> newProducer() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }

        @Override
        public KafkaConsumer<String, String> newConsumer(String groupId) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        }

        @Override
        public synchronized void close() {
            if (admin != null) {
                admin.close();
                admin = null;
            }
            LOG.info("Stopping {} on {}", description, bootstrapServers);
            stop.run();
        }
    }
}
