package dev.ingest.routes.kafka;

import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster the service talks to: the one named by {@code ingest.kafka.bootstrap}, or, when that is empty,
 * an embedded single-node broker started here (and stopped by {@link #close()}).
 */
public final class KafkaConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaConnection.class);

    private final String bootstrapServers;
    private final Map<String, Object> clientProperties;
    private final EmbeddedKafka embedded;

    private KafkaConnection(String bootstrapServers, Map<String, String> extra, EmbeddedKafka embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
        Map<String, Object> props = new HashMap<>(extra);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.clientProperties = Map.copyOf(props);
    }

    /** Connects as configured: the configured cluster, or an embedded broker on the configured port and folder. */
    public static KafkaConnection open(IngestConfig config) {
        if (!config.usesEmbeddedKafka()) {
            String bootstrap = config.get(Settings.KAFKA_BOOTSTRAP);
            LOG.info("using Kafka at {} ({})", bootstrap, config.origin(Settings.KAFKA_BOOTSTRAP));
            return new KafkaConnection(bootstrap, config.kafkaClientProperties(), null);
        }
        return embedded(config.get(Settings.EMBEDDED_KAFKA_DIR), config.get(Settings.EMBEDDED_KAFKA_PORT),
                config.get(Settings.TOPIC_PARTITIONS), true);
    }

    /**
     * Starts an embedded broker.
     *
     * @param port  0 picks a free port
     * @param announce log the line that tells users how to point at a real cluster
     */
    public static KafkaConnection embedded(Path dataDir, int port, int partitions, boolean announce) {
        EmbeddedKafka broker = new EmbeddedKafka(EmbeddedKafka.Settings.defaults().withDataDir(dataDir)
                .withBrokerPort(port).withDefaultPartitions(partitions)).start();
        if (announce) {
            LOG.info("no Kafka configured: started an embedded single-node broker on {} with data in {}; "
                    + "set INGEST_KAFKA_BOOTSTRAP=host:port (or --bootstrap) to use a real cluster",
                    broker.bootstrapServers(), dataDir.toAbsolutePath().normalize());
        }
        return new KafkaConnection(broker.bootstrapServers(), Map.of(), broker);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Properties for any Kafka client of this cluster: bootstrap servers plus the configured pass-through ones. */
    public Map<String, Object> clientProperties() {
        return clientProperties;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
