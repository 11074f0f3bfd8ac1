package dev.ingest.routes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code ingest consume} shows key, headers and a pretty-printed value, and a tombstone as such. */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumeCommandIT {

    @Test
    void printsKeyHeadersAndPrettyJson(KafkaCluster kafka) throws Exception {
        String topic = "consume-" + UUID.randomUUID();
        kafka.createTopic(topic, 1, Map.of());
        try (KafkaProducer<String, String> producer = kafka.newProducer()) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, "abc123", "{\"title\":\"Ferry\",\"wordCount\":3}");
            r.headers().add("ingest-source", "gazette".getBytes(StandardCharsets.UTF_8));
            producer.send(r).get();
            producer.send(new ProducerRecord<>(topic, "abc123", null)).get();
        }
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute("consume", "--bootstrap", kafka.bootstrapServers(), "--topic", topic,
                "--from-beginning", "--max", "2");
        assertEquals(0, code);
        String printed = out.toString();
        assertTrue(printed.contains("--- " + topic + "/0@0 key=abc123"), printed);
        assertTrue(printed.contains("ingest-source: gazette"), printed);
        assertTrue(printed.contains("\"title\" : \"Ferry\""), printed);
        assertTrue(printed.contains("(tombstone)"), printed);
    }
}
