package dev.ingest.routes.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class FrontierOwnershipTest {

    @Test
    void aHostMapsToThePartitionKafkasProducerWritesItsFrontierEntriesTo() {
        for (String host : new String[] {"news.example.com", "127.0.0.1", "blog.example.org", "xn--bcher-kva.example",
                ""}) {
            for (int partitions = 1; partitions <= 12; partitions++) {
                assertEquals(BuiltInPartitioner.partitionForKey(host.getBytes(StandardCharsets.UTF_8), partitions),
                        FrontierOwnership.partitionOf(host, partitions), host + " over " + partitions);
            }
        }
    }

    @Test
    void theKeyOfAUrlIsItsLowerCasedHost() {
        assertEquals("news.example.com", FrontierOwnership.hostOf("https://News.Example.com:8443/a?b=c"));
        assertEquals("", FrontierOwnership.hostOf("file:///tmp/page.html"));
    }

    @Test
    void ownsNothingBeforeAnyAssignment() {
        assertEquals(false, new FrontierOwnership("ingest.frontier").owns("news.example.com"));
    }
}
