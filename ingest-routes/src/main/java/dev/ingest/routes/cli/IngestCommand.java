package dev.ingest.routes.cli;

import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns publisher web pages into clean article records on Kafka.",
        subcommands = {RunCommand.class, DemoCommand.class, ExtractCommand.class, ConsumeCommand.class,
            SourcesCommand.class},
        footer = {"", "Configuration: defaults < --config FILE < INGEST_* environment variables; see the README."})
final class IngestCommand {
}
