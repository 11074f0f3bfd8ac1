package dev.ingest.routes.camel;

import dev.ingest.routes.support.DaemonThreads;
import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.discovery.LinkDiscoverer;
import dev.ingest.routes.fetch.Backoff;
import dev.ingest.routes.fetch.FetchSettings;
import dev.ingest.routes.fetch.HostGate;
import dev.ingest.routes.fetch.PageFetcher;
import dev.ingest.routes.fetch.RobotsPolicy;
import dev.ingest.routes.kafka.KafkaPageStateStore;
import dev.ingest.routes.kafka.TopicSetup;
import dev.ingest.routes.pipeline.Discovery;
import dev.ingest.routes.pipeline.FetchPolicies;
import dev.ingest.routes.pipeline.PageProcessor;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.pipeline.SourceRegistry;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.SourceWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline: a Camel context wired to one Kafka cluster, with the shared routes and one discovery route
 * per source. Build it with {@link #start}, stop it with {@link #close}.
 */
public final class IngestPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final CamelContext camel;
    private final SourceRoutes sourceRoutes;
    private final PipelineCounters counters;
    private final Topics topics;
    private final KafkaPageStateStore states;
    private final List<ScheduledExecutorService> background = new CopyOnWriteArrayList<>();

    private final IngestRoutes routes;

    private IngestPipeline(CamelContext camel, SourceRoutes sourceRoutes, PipelineCounters counters, Topics topics,
                           KafkaPageStateStore states, IngestRoutes routes) {
        this.routes = routes;
        this.states = states;
        this.camel = camel;
        this.sourceRoutes = sourceRoutes;
        this.counters = counters;
        this.topics = topics;
    }

    /**
     * Creates missing topics, starts the routes and the discovery of every enabled source.
     *
     * @param bootstrap the Kafka cluster to use (the embedded broker's address when none is configured)
     */
    public static IngestPipeline start(IngestConfig config, String bootstrap, List<SourceDefinition> sources,
                                       Clock clock) throws Exception {
        return start(config, bootstrap, sources, clock, new SimpleMeterRegistry());
    }

    /** Like {@link #start(IngestConfig, String, List, Clock)}, recording metrics in {@code meters}. */
    public static IngestPipeline start(IngestConfig config, String bootstrap, List<SourceDefinition> sources,
                                       Clock clock, MeterRegistry meters) throws Exception {
        Topics topics = new Topics(config.get(Settings.TOPIC_ARTICLES), config.get(Settings.TOPIC_FRONTIER),
                config.get(Settings.TOPIC_DEAD_LETTER), config.get(Settings.TOPIC_STATE));
        Map<String, Object> clientProps = kafkaClientProperties(config, bootstrap);
        TopicSetup.ensure(clientProps, topics, config.get(Settings.TOPIC_PARTITIONS),
                config.get(Settings.TOPIC_REPLICATION).shortValue());

        PageFetcher fetcher = new PageFetcher(FetchSettings.of(config), clock);
        SourceRegistry registry = new SourceRegistry();
        PipelineCounters counters = new PipelineCounters(meters);
        KafkaPageStateStore states = KafkaPageStateStore.open(topics.state(), clientProps);
        FrontierOwnership ownership = new FrontierOwnership(topics.frontier());
        HostGate hostGate = HostGate.realTime(config.get(Settings.HOST_CONCURRENCY));
        ownership.onAssigned(gained -> hostGate.handOver());
        Duration minDelay = config.get(Settings.MIN_DELAY);
        RobotsPolicy robots = new RobotsPolicy(fetcher, clock, config.get(Settings.ROBOTS_TTL),
                robotName(config.get(Settings.USER_AGENT)),
                target -> hostGate.enter(target.getHost().toLowerCase(Locale.ROOT), minDelay));
        FetchPolicies policies = new FetchPolicies(robots, hostGate,
                new FetchPolicies.Defaults(minDelay, config.get(Settings.MAX_CRAWL_DELAY),
                        config.get(Settings.ALLOW_PRIVATE_NETWORK)));
        Discovery discovery = new Discovery(new LinkDiscoverer(fetcher, robots), states, policies, registry,
                config.get(Settings.REQUEUE_AFTER), clock);
        PageProcessor pages = new PageProcessor(fetcher, new ArticleExtractor(), registry, policies, states,
                new Backoff(config.get(Settings.RETRY_BASE), config.get(Settings.RETRY_MAX),
                        config.get(Settings.RETRY_ATTEMPTS), new SplittableRandom()), counters, clock);

        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("ingest");
        camel.getRegistry().bind(FrontierOwnership.REGISTRY_NAME, ownership);
        camel.addComponent("kafka", kafkaComponent(bootstrap, config));
        camel.addRoutes(new DeadLetterPolicy());
        IngestRoutes routes = new IngestRoutes(topics, config.get(Settings.CONSUMER_GROUP),
                config.get(Settings.FETCH_WORKERS), registry, discovery, pages,
                states, new IngestRoutes.Revisits(config.get(Settings.REVISIT_WINDOW),
                        config.get(Settings.REVISIT_INTERVAL)), ownership, counters, clock);
        camel.addRoutes(routes);
        SourceRoutes sourceRoutes = new SourceRoutes(camel, registry, routes);
        for (SourceDefinition source : sources) {
            if (source.enabled()) {
                sourceRoutes.add(source);
            } else {
                LOG.info("source {} is disabled; not discovering it", source.id());
            }
        }
        camel.start();
        LOG.info("pipeline started: {} source(s), topics {}, {}, {}", sources.size(), topics.articles(),
                topics.frontier(), topics.deadLetter());
        return new IngestPipeline(camel, sourceRoutes, counters, topics, states, routes);
    }

    /** The robots.txt product token of a User-Agent: {@code ingest/0.1 (+https://…)} → {@code ingest}. */
    static String robotName(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "ingest" : token;
    }

    static Map<String, Object> kafkaClientProperties(IngestConfig config, String bootstrap) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    private static KafkaComponent kafkaComponent(String bootstrap, IngestConfig config) {
        KafkaConfiguration kc = new KafkaConfiguration();
        kc.setBrokers(bootstrap);
        kc.setRequestRequiredAcks("all");
        kc.setEnableIdempotence(true);
        // a broker that is away for a few minutes is waited for, not given up on: sends block and retry, which also
        // pauses fetching on the worker that is sending
        kc.setDeliveryTimeoutMs(300_000);
        kc.setMaxBlockMs(120_000);
        // a crashed instance's frontier partitions move to the others after 15 s rather than Kafka's default 45 s
        kc.setSessionTimeoutMs(15_000);
        kc.setHeartbeatIntervalMs(3_000);
        kc.setAutoOffsetReset("earliest");
        // one frontier entry per poll: Kafka's auto-commit then only ever commits entries that were processed, so
        // a crash re-fetches at most the in-flight page (and the page state stops it from being published twice)
        kc.setMaxPollRecords(1);
        Map<String, Object> extra = new HashMap<>(config.kafkaClientProperties());
        kc.setAdditionalProperties(extra);
        KafkaComponent component = new KafkaComponent();
        component.setConfiguration(kc);
        return component;
    }

    public CamelContext camel() {
        return camel;
    }

    public SourceRoutes sourceRoutes() {
        return sourceRoutes;
    }

    /**
     * Loads hand-written routes (Camel YAML DSL, {@code *.yaml}) from a folder; they feed the same frontier by
     * sending URLs to {@link IngestRoutes#ENQUEUE_URL_ENDPOINT}.
     *
     * @throws IllegalArgumentException naming the file and Camel's reason when a route file is wrong
     */
    public void loadRoutes(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    PluginHelper.getRoutesLoader(camel).loadRoutes(
                            ResourceHelper.resolveMandatoryResource(camel, "file:" + f.toAbsolutePath()));
                    LOG.info("loaded hand-written routes from {}", f);
                } catch (Exception e) {
                    throw new IllegalArgumentException("cannot load routes from " + f + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Runs the sources of a folder and keeps them in step with it: files added, edited or removed while the service
     * runs are applied within {@code every} (see {@link SourceWatcher}).
     */
    public void watchSources(Path dir, Duration every) throws IOException {
        SourceWatcher watcher = new SourceWatcher(dir, new SourceWatcher.Target() {
            @Override
            public void apply(SourceDefinition source) throws Exception {
                sourceRoutes.add(source);
            }

            @Override
            public void remove(String sourceId) throws Exception {
                sourceRoutes.remove(sourceId);
            }
        });
        watcher.scan();
        ScheduledExecutorService scheduler = DaemonThreads.scheduler("ingest-sources-watch");
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                watcher.scan();
            } catch (IOException | RuntimeException e) {
                LOG.error("cannot read sources folder {}: {}", dir.toAbsolutePath(), e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        background.add(scheduler);
    }

    public PipelineCounters counters() {
        return counters;
    }

    public Topics topics() {
        return topics;
    }

    @Override
    public void close() {
        background.forEach(ScheduledExecutorService::shutdownNow);
        routes.stopRetries();
        camel.stop();
        states.close();
    }
}
