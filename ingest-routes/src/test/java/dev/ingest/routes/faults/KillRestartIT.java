package dev.ingest.routes.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.json.ArticleJson;
import dev.ingest.core.model.Article;
import dev.ingest.routes.cli.Main;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.TestHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} in the middle of a crawl, then a restart: every article ends up published, and the only duplicates
 * are of pages that were in flight when the process died. The service runs as its own process, as in production.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KillRestartIT {
    private static final Logger LOG = LoggerFactory.getLogger(KillRestartIT.class);
    private static final int ARTICLES = 10;

    @Test
    void killMinusNineMidCrawlLosesNothing(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        try (TestHttpServer server = new TestHttpServer()) {
            NewsFixtureSite site = new NewsFixtureSite(server, List.of("127.0.0.1"), ARTICLES);
            Path sources = Files.createDirectories(dir.resolve("sources"));
            Files.writeString(sources.resolve("coastal-herald.yaml"), """
                    id: coastal-herald
                    sitemaps: [%s]
                    politeness:
                      minDelay: 400ms
                    allowPrivateNetwork: true
                    """.formatted(site.sitemapUrl("127.0.0.1")));
            String run = "kill" + UUID.randomUUID().toString().substring(0, 6);
            Map<String, String> env = Map.of(
                    "INGEST_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                    "INGEST_TOPICS_ARTICLES", run + ".articles", "INGEST_TOPICS_FRONTIER", run + ".frontier",
                    "INGEST_TOPICS_DEAD_LETTER", run + ".dead-letter", "INGEST_TOPICS_STATE", run + ".state",
                    "INGEST_KAFKA_GROUP_ID", run + "-fetch", "INGEST_TOPICS_PARTITIONS", "1",
                    "INGEST_HTTP_PORT", "0");

            Process first = start(dir, sources, env, "first.log");
            List<ConsumerRecord<String, String>> seen;
            try {
                seen = waitFor(kafka, run + ".articles", 3, Duration.ofSeconds(90), first, dir.resolve("first.log"));
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no commit
            }
            LOG.info("killed after {} article(s) were published", seen.size());
            assertTrue(seen.size() < ARTICLES, "killed mid-crawl");

            Process second = start(dir, sources, env, "second.log");
            try {
                List<ConsumerRecord<String, String>> all = waitFor(kafka, run + ".articles", ARTICLES,
                        Duration.ofSeconds(120), second, dir.resolve("second.log"));
                Map<String, Long> perUrl = all.stream().map(r -> ArticleJson.read(r.value()))
                        .collect(Collectors.groupingBy(Article::canonicalUrl, Collectors.counting()));
                assertEquals(Set.copyOf(site.articleUrls()), perUrl.keySet(), "every article ends up published");
                long duplicates = all.size() - perUrl.size();
                LOG.info("after kill -9 and restart: {} records for {} articles ({} duplicate(s))", all.size(),
                        perUrl.size(), duplicates);
                assertTrue(duplicates <= 2, "duplicates only of in-flight pages: " + perUrl);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Process start(Path dir, Path sources, Map<String, String> env, String log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "--sources", sources.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("INGEST_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * The records on {@code topic} once they name {@code distinct} articles; past {@code bound}, fails with how the
     * service process ended (if it did) and the end of its log, which is also kept under {@code target/} as the
     * temporary folder goes with the test.
     */
    private static List<ConsumerRecord<String, String>> waitFor(KafkaCluster kafka, String topic, int distinct,
            Duration bound, Process service, Path log) throws InterruptedException {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        long deadline = System.nanoTime() + bound.toNanos();
        try (KafkaConsumer<String, String> c = kafka.newConsumer("reader-" + UUID.randomUUID())) {
            c.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(300)).forEach(out::add);
                long urls = out.stream().map(r -> ArticleJson.read(r.value()).canonicalUrl())
                        .collect(Collectors.toMap(Function.identity(), u -> 1, (a, b) -> a)).size();
                if (urls >= distinct) {
                    Thread.sleep(2000); // let stragglers (duplicates) arrive before counting
                    c.poll(Duration.ofMillis(500)).forEach(out::add);
                    return out;
                }
            }
        }
        throw new AssertionError("fewer than " + distinct + " articles on " + topic + " within " + bound
                + (service.isAlive() ? "; the service is still running" : "; the service exited with "
                + service.exitValue()) + "; the end of its log (kept as " + keep(log) + "):\n" + tail(log, 60));
    }

    private static Path keep(Path log) {
        try {
            Path kept = Files.createDirectories(Path.of("target", "KillRestartIT")).resolve(log.getFileName());
            return Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING).toAbsolutePath();
        } catch (IOException e) {
            return log;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }
}
