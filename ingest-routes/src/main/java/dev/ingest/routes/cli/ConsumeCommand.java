package dev.ingest.routes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ingest.core.json.ArticleJson;
import dev.ingest.routes.config.IngestConfig;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.kafka.TopicReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "consume", mixinStandardHelpOptions = true,
        description = {"Tails a topic and pretty-prints each record with its key and headers.",
            "Connects to INGEST_KAFKA_BOOTSTRAP / --bootstrap, else to the embedded broker's localhost:9092."})
final class ConsumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--topic", paramLabel = "T", description = "Topic to read (default: the articles topic).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
            description = "Stop after N records.")
    long max;

    @Override
    public Integer call() {
        IngestConfig config = configOptions.load();
        String bootstrap = config.usesEmbeddedKafka()
                ? "localhost:" + config.get(Settings.EMBEDDED_KAFKA_PORT) : config.get(Settings.KAFKA_BOOTSTRAP);
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("bootstrap.servers", bootstrap);
        String t = topic == null ? config.get(Settings.TOPIC_ARTICLES) : topic;
        PrintWriter out = spec.commandLine().getOut();
        TopicReader.follow(props, t, fromBeginning, max, r -> {
            out.println(format(r));
            out.flush();
        });
        return 0;
    }

    static String format(ConsumerRecord<String, String> r) {
        StringBuilder s = new StringBuilder();
        s.append("--- ").append(r.topic()).append('/').append(r.partition()).append('@').append(r.offset())
                .append(" key=").append(r.key()).append('\n');
        for (Header h : r.headers()) {
            s.append(h.key()).append(": ").append(new String(h.value(), StandardCharsets.UTF_8)).append('\n');
        }
        if (r.value() == null) {
            return s.append("(tombstone)").toString();
        }
        try {
            JsonNode node = ArticleJson.mapper().readTree(r.value());
            return s.append(ArticleJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node)).toString();
        } catch (Exception notJson) {
            return s.append(r.value()).toString();
        }
    }
}
