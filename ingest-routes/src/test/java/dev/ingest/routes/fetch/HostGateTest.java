package dev.ingest.routes.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HostGateTest {

    @Test
    void spacesRequestsToOneHostByTheDelay() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate gate = new HostGate(1, waits::add);
        for (int i = 0; i < 3; i++) {
            try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(2))) {
                assertTrue(p != null);
            }
        }
        // the first request to a host goes at once; the sleeper here does not sleep, so each later start is booked
        // one delay after the previous booking
        assertEquals(2, waits.size(), waits::toString);
        assertTrue(between(waits.get(0), Duration.ofMillis(1500), Duration.ofSeconds(2)), waits::toString);
        assertTrue(between(waits.get(1), Duration.ofMillis(3500), Duration.ofSeconds(4)), waits::toString);
    }

    @Test
    void theNextRequestWaitsTheDelayFromTheEndOfASlowOne() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate gate = new HostGate(1, waits::add);
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofMillis(200))) {
            Thread.sleep(400); // a response that takes longer than the delay
        }
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofMillis(200))) {
            assertTrue(p != null);
        }
        // counted from the start alone, the second request would go at once
        assertEquals(1, waits.size(), waits::toString);
        assertTrue(between(waits.get(0), Duration.ZERO, Duration.ofMillis(200)), waits::toString);
    }

    private static boolean between(Duration d, Duration low, Duration high) {
        return d.compareTo(low) > 0 && d.compareTo(high) <= 0;
    }

    @Test
    void afterAHandOverEveryHostWaitsAFullDelayFromIt() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate gate = new HostGate(1, waits::add);
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(1))) {
            assertTrue(p != null);
        }
        // another instance may have fetched a.example and b.example up to the moment their partitions came here
        gate.handOver();
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(1))) {
            assertTrue(p != null);
        }
        try (HostGate.Permit p = gate.enter("b.example", Duration.ofSeconds(3))) {
            assertTrue(p != null);
        }
        // a request booked after the hand-over is spaced from that booking as usual
        try (HostGate.Permit p = gate.enter("b.example", Duration.ofSeconds(3))) {
            assertTrue(p != null);
        }
        // the first request to a.example went at once, before the hand-over
        assertEquals(3, waits.size(), waits::toString);
        assertTrue(between(waits.get(0), Duration.ofMillis(900), Duration.ofSeconds(1)),
                "a.example waits a delay from the hand-over: " + waits);
        assertTrue(between(waits.get(1), Duration.ofMillis(2900), Duration.ofSeconds(3)),
                "b.example, never fetched here, too: " + waits);
        assertTrue(between(waits.get(2), Duration.ofMillis(5900), Duration.ofSeconds(6)), waits::toString);
    }

    @Test
    @SuppressWarnings("try")
    void otherHostsDoNotWait() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate gate = new HostGate(1, waits::add);
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(30))) {
            assertTrue(p != null);
        }
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(30))) {
            try (HostGate.Permit q = gate.enter("b.example", Duration.ofMillis(10))) {
                assertTrue(q != null);
            }
        }
        assertEquals(1, waits.size(), "only a.example's second request waits: " + waits);
        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(29)) > 0, waits::toString);
    }

    @Test
    void holdsConcurrencyPerHost() throws Exception {
        HostGate gate = new HostGate(1, d -> { });
        HostGate.Permit first = gate.enter("a.example", Duration.ZERO);
        Thread second = new Thread(() -> {
            try (HostGate.Permit p = gate.enter("a.example", Duration.ZERO)) {
                assertTrue(p != null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        second.join(300);
        assertTrue(second.isAlive(), "the second request waits while the first holds the host's only slot");
        first.close();
        second.join(5000);
        assertTrue(!second.isAlive(), "and proceeds once it is released");
    }
}
