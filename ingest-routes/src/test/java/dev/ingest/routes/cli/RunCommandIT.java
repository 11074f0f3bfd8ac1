package dev.ingest.routes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.routes.testing.SchemaCheck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest run} with no configuration, as its own process: it starts the embedded broker on localhost:9092 and
 * ingests the bundled sample site; a plain KafkaConsumer on localhost:9092 receives records that validate against
 * the article schema; its status page, health and metrics endpoints answer; SIGTERM stops it with exit code 0.
 */
class RunCommandIT {

    @Test
    void runWithNoConfigurationServesLocalhost9092AndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("run.log");
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("INGEST_"));
        pb.environment().put("INGEST_SAMPLE_SITE_PORT", "0");
        pb.environment().put("INGEST_HTTP_PORT", "0");
        pb.environment().put("INGEST_HTTP_HOST", "127.0.0.1");
        Process process = pb.start();
        try {
            List<ConsumerRecord<String, String>> records = consume("localhost:9092", 7, Duration.ofSeconds(120));
            String output = Files.readString(log);
            assertTrue(output.contains("no Kafka configured: started an embedded single-node broker on localhost:9092"),
                    output);
            assertTrue(Files.isDirectory(dir.resolve("data/kafka")), "data under ./data/kafka");
            assertTrue(records.size() >= 7, "records: " + records.size() + "\n" + output);
            SchemaCheck schema = SchemaCheck.of("article-v1.schema.json");
            for (ConsumerRecord<String, String> r : records) {
                assertEquals("", schema.problems(r.value()), r.key());
            }

            Matcher m = Pattern.compile("metrics on (http://[0-9.:]+/)").matcher(Files.readString(log));
            assertTrue(m.find(), "the ops endpoint is announced:\n" + Files.readString(log));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = get(http, m.group(1) + "health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"kafka\""), ready.body());
            assertEquals(200, get(http, m.group(1) + "health/live").statusCode());
            String metrics = get(http, m.group(1) + "metrics").body();
            assertTrue(metrics.contains("ingest_articles_published_total{source=\"harbour-gazette\"} 3.0"), metrics);
            assertTrue(metrics.contains("ingest_fetch_seconds_bucket"), "fetch latency histogram");
            assertTrue(metrics.contains("ingest_frontier_lag"), "frontier lag");
            assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
            String page = get(http, m.group(1)).body();
            assertTrue(page.contains("data-source=\"the-commons\"") && page.contains("ingest.articles"), page);
        } finally {
            process.destroy(); // SIGTERM
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stops within 30 s of SIGTERM");
        assertEquals(0, process.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("stopped"), Files.readString(log));
    }

    private static List<ConsumerRecord<String, String>> consume(String bootstrap, int atLeast, Duration timeout)
            throws InterruptedException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "downstream-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("ingest.articles"));
            while (out.size() < atLeast && System.nanoTime() < deadline) {
                try {
                    consumer.poll(Duration.ofMillis(500)).forEach(out::add);
                } catch (org.apache.kafka.common.KafkaException notYet) {
                    Thread.sleep(500); // the service is still starting its broker
                }
            }
        }
        return out;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java command"));
    }
}
