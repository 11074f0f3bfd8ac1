package dev.ingest.routes.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in this JVM: one KRaft process that is both broker and controller.
 *
 * <p>{@code ingest run} and {@code ingest demo} start one when no cluster is configured, and the
 * tests start one when no Docker engine is around. The log directory is formatted on the first
 * start (a new cluster id goes into Kafka's {@code meta.properties}) and reused afterwards, so
 * topics and records survive a restart.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = new EmbeddedKafka(EmbeddedKafka.Settings.defaults()).start()) {
 *     kafka.bootstrapServers();   // "localhost:9092", data in ./data/kafka
 * }
 * }</pre>
 *
 * <p>Not meant for production traffic: every internal topic has one replica and one partition.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private static final String HOST = "localhost";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String META_PROPERTIES = "meta.properties";
    /**
     * Ours, not Kafka's {@code .lock}: in combined mode Kafka locks the log dir only once the broker
     * half starts, after the controller half has opened the metadata log, so two instances on one dir
     * could both write it before either noticed. Kafka ignores plain files in a log dir.
     */
    private static final String LOCK_FILE = "embedded-kafka.lock";

    /**
     * How to run the embedded broker; immutable.
     *
     * <p>{@code new Settings(Path.of("data/kafka"), 9092, 0, 1, 3, Map.of(), Duration.ofSeconds(60))}
     * listens on {@code localhost:9092}, puts the controller on any free port and creates topics
     * with three partitions unless told otherwise.
     *
     * @param dataDir           the log directory (records and cluster metadata); created if missing
     * @param brokerPort        the client port; 0 picks a free one
     * @param controllerPort    the KRaft controller port; 0 picks a free one
     * @param nodeId            the KRaft node id, kept in {@code meta.properties}: keep it stable for a data dir
     * @param defaultPartitions partitions of auto-created topics ({@code num.partitions})
     * @param extraProperties   broker properties applied last, overriding our defaults; the keys
     *                          in {@link #OWNED_KEYS} are set through the fields above instead
     * @param startTimeout      how long {@link #start()} waits for the broker to answer
     */
    public record Settings(Path dataDir, int brokerPort, int controllerPort, int nodeId,
                           int defaultPartitions, Map<String, String> extraProperties,
                           Duration startTimeout) {

        /** The port {@code ingest run} uses so other tools on this machine find the broker. */
        public static final int DEFAULT_BROKER_PORT = 9092;
        /** Where {@code ingest run} keeps its data, relative to the working directory. */
        public static final Path DEFAULT_DATA_DIR = Path.of("data", "kafka");
        /** Broker properties that follow from the fields, so {@code extraProperties} cannot set them. */
        public static final Set<String> OWNED_KEYS = Set.of("process.roles", "node.id", "log.dir", "log.dirs",
                "metadata.log.dir", "listeners", "advertised.listeners", "controller.listener.names",
                "controller.quorum.voters", "controller.quorum.bootstrap.servers", "num.partitions");

        /** Checks ranges and copies the properties, so a settings value never changes. */
        public Settings {
            Objects.requireNonNull(dataDir, "dataDir");
            requirePort("brokerPort", brokerPort);
            requirePort("controllerPort", controllerPort);
            if (brokerPort != 0 && brokerPort == controllerPort) {
                throw new IllegalArgumentException("brokerPort and controllerPort are both " + brokerPort
                        + ": give the controller another port or 0 to pick a free one");
            }
            if (nodeId < 0) {
                throw new IllegalArgumentException("nodeId must be >= 0, was " + nodeId);
            }
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be >= 1, was " + defaultPartitions);
            }
            extraProperties = Map.copyOf(Objects.requireNonNull(extraProperties, "extraProperties"));
            for (String key : extraProperties.keySet()) {
                if (OWNED_KEYS.contains(key)) {
                    throw new IllegalArgumentException("extraProperties may not set " + key
                            + ": it follows from dataDir, the ports, nodeId and defaultPartitions");
                }
            }
            Objects.requireNonNull(startTimeout, "startTimeout");
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
            }
        }

        /** {@code ./data/kafka}, port 9092, a free controller port, node 1, three partitions, 60 s to start. */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATA_DIR, DEFAULT_BROKER_PORT, 0, 1, 3, Map.of(), Duration.ofSeconds(60));
        }

        /** Like {@link #defaults()} but on free ports and in {@code dataDir}: for tests and parallel runs. */
        public static Settings ephemeral(Path dataDir) {
            return defaults().withDataDir(dataDir).withBrokerPort(0);
        }

        /** A copy with another data directory. */
        public Settings withDataDir(Path dir) {
            return new Settings(dir, brokerPort, controllerPort, nodeId, defaultPartitions, extraProperties, startTimeout);
        }

        /** A copy with another client port (0 = pick a free one). */
        public Settings withBrokerPort(int port) {
            return new Settings(dataDir, port, controllerPort, nodeId, defaultPartitions, extraProperties, startTimeout);
        }

        /** A copy with another number of partitions for auto-created topics. */
        public Settings withDefaultPartitions(int partitions) {
            return new Settings(dataDir, brokerPort, controllerPort, nodeId, partitions, extraProperties, startTimeout);
        }

        /** A copy with one more broker property, e.g. {@code ("log.retention.hours", "1")}. */
        public Settings withProperty(String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(extraProperties);
            more.put(key, value);
            return new Settings(dataDir, brokerPort, controllerPort, nodeId, defaultPartitions, more, startTimeout);
        }

        /** A copy with another start-up deadline. */
        public Settings withStartTimeout(Duration timeout) {
            return new Settings(dataDir, brokerPort, controllerPort, nodeId, defaultPartitions, extraProperties, timeout);
        }

        private static void requirePort(String name, int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be 0..65535 (0 = pick a free one), was " + port);
            }
        }
    }

    private final Settings settings;
    private KafkaRaftServer server;
    private FileChannel lockChannel;
    private String bootstrapServers;

    /** A broker that will run with {@code settings}; nothing starts until {@link #start()}. */
    public EmbeddedKafka(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings this broker was made with (ports as given, so 0 stays 0). */
    public Settings settings() {
        return settings;
    }

    /**
     * Formats the data dir if it is new, starts the broker and waits until it answers
     * {@code describeCluster}.
     *
     * @return this, for {@code try (var kafka = new EmbeddedKafka(s).start())}
     * @throws IllegalStateException if already started, or if the broker failed to start or did not
     *                               answer within {@link Settings#startTimeout()}
     */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("Embedded Kafka is already running on " + bootstrapServers);
        }
        long began = System.nanoTime();
        Path dir = settings.dataDir().toAbsolutePath().normalize();
        int brokerPort = settings.brokerPort() == 0 ? freePort() : settings.brokerPort();
        int controllerPort = settings.controllerPort() == 0 ? freePort(brokerPort) : settings.controllerPort();
        Properties props = brokerProperties(dir, brokerPort, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        String bootstrap = HOST + ":" + brokerPort;
        FileChannel lock = lockDataDir(dir);
        String clusterId;
        KafkaRaftServer started = null;
        try {
            clusterId = formatIfNew(dir);
            started = new KafkaRaftServer(config, Time.SYSTEM);
            started.startup();
            awaitBroker(bootstrap, began);
        } catch (RuntimeException e) {
            if (started != null) {
                stopQuietly(started);
            }
            closeQuietly(lock);
            throw new IllegalStateException("Embedded Kafka did not start on " + bootstrap + " (controller port "
                    + controllerPort + ", data in " + dir + "): " + describe(e), e);
        }
        server = started;
        lockChannel = lock;
        bootstrapServers = bootstrap;
        LOG.info("Embedded Kafka broker listening on {}, data in {} (cluster {}, started in {} ms)",
                bootstrap, settings.dataDir(), clusterId, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return this;
    }

    /**
     * {@code host:port} for the {@code bootstrap.servers} of clients, e.g. {@code "localhost:9092"}.
     *
     * @throws IllegalStateException if the broker is not running
     */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("Embedded Kafka is not running: call start() first");
        }
        return bootstrapServers;
    }

    /** Whether {@link #start()} succeeded and {@link #close()} has not been called since. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Shuts the broker down and waits for it, releasing its ports and the data-dir lock so a new
     * instance can start on the same directory. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        long began = System.nanoTime();
        KafkaRaftServer stopping = server;
        server = null;
        try {
            stopping.shutdown();
            stopping.awaitShutdown();
        } finally {
            closeQuietly(lockChannel);
            lockChannel = null;
        }
        LOG.info("Embedded Kafka broker on {} stopped in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        bootstrapServers = null;
    }

    private Properties brokerProperties(Path dir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(settings.nodeId()));
        p.put("controller.quorum.voters", settings.nodeId() + "@" + HOST + ":" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", dir.toString());
        p.put("num.partitions", Integer.toString(settings.defaultPartitions()));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // One node: internal topics cannot have more replicas, and one partition each loads fastest.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        // No other members will join late, so do not hold the first rebalance back.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.streams.initial.rebalance.delay.ms", "0");
        // Small segments keep a laptop's data dir small; 1 MiB is Kafka's minimum.
        p.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        p.put("offsets.topic.segment.bytes", Integer.toString(1024 * 1024));
        p.put("transaction.state.log.segment.bytes", Integer.toString(1024 * 1024));
        p.put("share.coordinator.state.topic.segment.bytes", Integer.toString(1024 * 1024));
        p.putAll(settings.extraProperties());
        return p;
    }

    /**
     * Formats {@code dir} with a new cluster id unless it holds a {@code meta.properties} already,
     * like {@code kafka-storage.sh format} does; returns the cluster id in use.
     */
    private String formatIfNew(Path dir) {
        Path meta = dir.resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            return readClusterId(meta);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .setNodeId(settings.nodeId())
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dir.toString())
                    .addDirectory(dir.toString())
                    // Static voters (controller.quorum.voters), so no dynamic-quorum bootstrap.
                    .setHasDynamicQuorum(false)
                    .setWriteBootstrapSnapshot(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka data dir " + dir + ": " + e.getMessage()
                    + ". Delete the directory to start from scratch, or point the data dir elsewhere.", e);
        }
        LOG.debug("Formatted {}: {}", dir, out.toString(StandardCharsets.UTF_8).strip());
        LOG.info("Formatted new Kafka data dir {} for cluster {}", dir, clusterId);
        return clusterId;
    }

    private static String readClusterId(Path meta) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + meta, e);
        }
        return p.getProperty("cluster.id", "?");
    }

    /** Polls {@code describeCluster} until the broker lists itself, or the start timeout passes. */
    private void awaitBroker(String bootstrap, long began) {
        long deadline = began + settings.startTimeout().toNanos();
        Map<String, Object> conf = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 100);
        Exception last = null;
        try (Admin admin = Admin.create(conf)) {
            while (System.nanoTime() < deadline) {
                long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                try {
                    if (!admin.describeCluster().nodes().get(left, TimeUnit.MILLISECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the broker", e);
                }
                sleep(100);
            }
        }
        throw new IllegalStateException("no answer to describeCluster within " + settings.startTimeout()
                + (last == null ? "" : " (last error: " + last + ")"), last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** Takes {@value #LOCK_FILE} in {@code dir}, or explains who holds it. */
    private static FileChannel lockDataDir(Path dir) {
        Path file = dir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the Kafka data dir lock " + file
                    + ": is the data dir writable?", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;    // held by another EmbeddedKafka in this JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock " + file, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("Kafka data dir " + dir + " is used by another embedded broker (it holds "
                    + file + "): stop that one or give this one another data dir");
        }
        return channel;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();    // releases the lock too
        } catch (IOException e) {
            LOG.warn("Could not release {}: {}", LOCK_FILE, e.toString());
        }
    }

    /** The message and, when deeper, the root cause's: Kafka wraps "Address already in use" twice. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? String.valueOf(e.getMessage())
                : e.getMessage() + " (cause: " + root.getMessage() + ")";
    }

    private static void stopQuietly(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka did not shut down cleanly after a failed start", e);
        }
    }

    /**
     * A port nobody listens on right now. Kafka binds it a moment later, so another process could
     * take it in between; the KRaft voter list needs the controller port before anything binds.
     */
    private static int freePort() {
        return freePort(-1);
    }

    /** {@link #freePort()} other than {@code taken}, which was picked but is not bound yet. */
    private static int freePort(int taken) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                int port = socket.getLocalPort();
                if (port != taken) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not find a free port on the loopback interface", e);
            }
        }
        throw new IllegalStateException("Could not find a free port on the loopback interface");
    }
}
