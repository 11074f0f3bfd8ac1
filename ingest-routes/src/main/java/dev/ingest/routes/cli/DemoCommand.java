package dev.ingest.routes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.routes.camel.IngestPipeline;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.kafka.KafkaConnection;
import dev.ingest.routes.kafka.TopicReader;
import dev.ingest.routes.pipeline.PipelineCounters;
import dev.ingest.routes.site.SampleSite;
import dev.ingest.routes.site.SampleSources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline once on this machine, prints the result and exits.",
            "Serves the bundled sample publisher site on loopback, ingests it into a fresh embedded Kafka broker,",
            "and prints what a downstream consumer of ingest.articles receives, one line per article."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "90",
            description = "Give up if the site is not ingested within this many seconds (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path dataDir = Files.createTempDirectory("ingest-demo-kafka");
        IngestConfig config = IngestConfig.defaults();
        try (KafkaConnection kafka = KafkaConnection.embedded(dataDir, 0, 1, false);
             SampleSite site = SampleSite.start(0)) {
            out.printf("Embedded Kafka broker on %s; sample site on %s%n", kafka.bootstrapServers(), site.baseUrl());
            out.flush();
            PipelineCounters counters;
            try (IngestPipeline pipeline = IngestPipeline.start(config.with(Settings.TOPIC_PARTITIONS, 1),
                    kafka.bootstrapServers(), List.of(SampleSources.of(site.baseUrl())), Clock.systemUTC())) {
                counters = pipeline.counters();
                if (!awaitSettled(counters, Duration.ofSeconds(timeoutSeconds))) {
                    spec.commandLine().getErr().printf("demo: not done after %ds: %d queued, %d published, "
                            + "%d dead letters%n", timeoutSeconds, counters.queuedCount(), counters.publishedCount(),
                            counters.deadLetteredCount());
                    return 1;
                }
            }
            List<ConsumerRecord<String, String>> records = TopicReader.readAll(kafka.clientProperties(),
                    config.get(Settings.TOPIC_ARTICLES), Duration.ofSeconds(30));
            out.println();
            out.printf("A consumer of %s received %d article record(s):%n", config.get(Settings.TOPIC_ARTICLES),
                    records.size());
            for (ConsumerRecord<String, String> r : records) {
                out.println("  " + summary(r.value()));
            }
            out.println();
            out.printf("%d queued, %d published, %d skipped (listing pages), %d dead letters; %.1f s in all%n",
                    counters.queuedCount(), counters.publishedCount(), counters.skippedCount(),
                    counters.deadLetteredCount(), (System.nanoTime() - started) / 1e9);
            return records.isEmpty() || counters.deadLetteredCount() > 0 ? 1 : 0;
        } finally {
            deleteTree(dataDir);
        }
    }

    private static boolean awaitSettled(PipelineCounters counters, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (counters.discoveryRuns() > 0 && counters.settled()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** {@code "Title" — Author One, Author Two — 2026-11-27T09:30+01:00 — 512 words}. */
    static String summary(String json) throws Exception {
        JsonNode a = ArticleJson.mapper().readTree(json);
        StringBuilder authors = new StringBuilder();
        for (JsonNode author : a.path("authors")) {
            if (authors.length() > 0) {
                authors.append(", ");
            }
            authors.append(author.path("name").asText());
        }
        return String.format("\"%s\" — %s — %s — %d words", a.path("title").asText(),
                authors.length() == 0 ? "(no author)" : authors, a.path("published").asText("(no date)"),
                a.path("wordCount").asInt());
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp folder; the OS cleans up what is left
        }
    }
}
