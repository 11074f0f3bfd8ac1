package dev.ingest.routes.cli;

import dev.ingest.routes.camel.IngestPipeline;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.kafka.KafkaConnection;
import dev.ingest.routes.ops.Operations;
import dev.ingest.routes.site.SampleSite;
import dev.ingest.routes.site.SampleSources;
import dev.ingest.routes.source.SourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline as a service until stopped (Ctrl-C or SIGTERM, then exit code 0).",
            "Without --sources it serves the bundled sample site on loopback and ingests it;",
            "without a Kafka bootstrap it starts an embedded broker on localhost:9092 (data in ./data/kafka)."})
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--sources", paramLabel = "DIR", description = "Folder of source definition files (*.yaml).")
    Path sourcesDir;

    @Option(names = "--routes", paramLabel = "DIR",
            description = "Folder of hand-written Camel routes (YAML DSL) that feed the frontier via direct:enqueue-url.")
    Path routesDir;

    @Override
    public Integer call() throws Exception {
        IngestConfig config = configOptions.load();
        config.describe().forEach(line -> LOG.info("config {}", line));
        CountDownLatch stopped = new CountDownLatch(1);
        SampleSite site = null;
        List<SourceDefinition> sources;
        if (sourcesDir == null) {
            site = SampleSite.start(config.get(Settings.SAMPLE_SITE_PORT));
            sources = SampleSources.bundledExamples(site.baseUrl());
            LOG.info("no --sources folder given: ingesting the bundled sample site at {} with the example sources {}",
                    site.baseUrl(), sources.stream().map(s -> s.id()).toList());
        } else {
            if (!Files.isDirectory(sourcesDir)) {
                throw new IOException("--sources " + sourcesDir.toAbsolutePath()
                        + " is not a folder; create it and put one <source-id>.yaml per publisher in it");
            }
            sources = List.of(); // the watcher below starts them, and applies later edits
        }
        KafkaConnection kafka = KafkaConnection.open(config);
        Operations ops = new Operations();
        IngestPipeline pipeline = IngestPipeline.start(config, kafka.bootstrapServers(), sources, Clock.systemUTC(),
                ops.metrics());
        ops.serve(config.get(Settings.HTTP_HOST), config.get(Settings.HTTP_PORT), pipeline, kafka.clientProperties(),
                kafka.bootstrapServers(), config.get(Settings.CONSUMER_GROUP));
        ops.logProgress(pipeline.counters(), config.get(Settings.PROGRESS_INTERVAL));
        if (sourcesDir != null) {
            pipeline.watchSources(sourcesDir, config.get(Settings.SOURCES_SCAN_INTERVAL));
        }
        if (routesDir != null) {
            pipeline.loadRoutes(routesDir);
        }
        // SIGTERM/SIGINT end the wait below; the main thread then stops everything in order and exits 0
        StopSignals.onStop(stopped::countDown);
        stopped.await();
        LOG.info("stopping: finishing in-flight pages, flushing the producer, committing offsets");
        pipeline.close();
        ops.close();
        kafka.close();
        if (site != null) {
            site.close();
        }
        LOG.info("stopped");
        return 0;
    }
}
