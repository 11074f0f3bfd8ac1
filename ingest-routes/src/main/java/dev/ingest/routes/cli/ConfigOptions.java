package dev.ingest.routes.cli;

import dev.ingest.routes.config.IngestConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every long-running command shares: where configuration comes from. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of settings (keys as in the README's configuration table).")
    Path configFile;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers; same as INGEST_KAFKA_BOOTSTRAP. Without it an embedded broker starts.")
    String bootstrap;

    IngestConfig load() {
        Map<String, String> overrides = bootstrap == null ? Map.of() : Map.of("ingest.kafka.bootstrap", bootstrap);
        return IngestConfig.load(configFile, System.getenv(), overrides);
    }
}
