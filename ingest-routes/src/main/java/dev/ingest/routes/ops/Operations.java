package dev.ingest.routes.ops;

import dev.ingest.routes.support.DaemonThreads;
import dev.ingest.routes.camel.IngestPipeline;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.ingest.routes.pipeline.PipelineCounters;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator watches: a Prometheus registry with JVM metrics and the frontier lag, and the {@link OpsServer}
 * over them. Create the registry first (the pipeline records into it), then {@link #serve} once the pipeline runs.
 */
public final class Operations implements AutoCloseable {
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);
    private final ScheduledExecutorService progress = DaemonThreads.scheduler("ingest-progress");
    private Admin admin;
    private OpsServer server;

    public Operations() {
        new JvmMemoryMetrics().bindTo(metrics);
        gc.bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ClassLoaderMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** Starts the HTTP endpoints for a running pipeline; port 0 picks a free one. */
    public OpsServer serve(String host, int port, IngestPipeline pipeline, Map<String, Object> kafkaClient,
                           String bootstrap, String groupId) throws IOException {
        admin = Admin.create(kafkaClient);
        FrontierLag lag = new FrontierLag(admin, pipeline.topics().frontier(), groupId);
        Gauge.builder("ingest.frontier.lag", lag, FrontierLag::current)
                .description("frontier entries not yet fetched by the consumer group").register(metrics);
        server = OpsServer.start(host, port, new Readiness(pipeline.camel(), admin), metrics, pipeline.counters(),
                pipeline.topics(), bootstrap);
        return server;
    }

    /** Logs one progress line per source every {@code every}: what a long run has done so far. */
    public void logProgress(PipelineCounters counters, Duration every) {
        progress.scheduleAtFixedRate(() -> {
            for (PipelineCounters.SourceStatus s : counters.sources()) {
                LOG.info("progress source={} discovered={} fetched={} published={} unchanged={} failed={}",
                        s.sourceId(), s.discovered(), s.fetched(), s.published(), s.unchanged(), s.failed());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        progress.shutdownNow();
        if (server != null) {
            server.close();
        }
        if (admin != null) {
            admin.close();
        }
        gc.close();
        metrics.close();
    }
}
