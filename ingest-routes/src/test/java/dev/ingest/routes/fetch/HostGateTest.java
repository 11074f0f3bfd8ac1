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
        assertEquals(3, waits.size(), waits::toString);
        // the sleeper here does not sleep, so each start is booked one delay after the previous booking; the first
        // waits too, as the host may have been fetched by another instance just before it came to this one
        assertTrue(between(waits.get(0), Duration.ofMillis(1500), Duration.ofSeconds(2)), waits::toString);
        assertTrue(between(waits.get(1), Duration.ofMillis(3500), Duration.ofSeconds(4)), waits::toString);
        assertTrue(between(waits.get(2), Duration.ofMillis(5500), Duration.ofSeconds(6)), waits::toString);
    }

    private static boolean between(Duration d, Duration low, Duration high) {
        return d.compareTo(low) > 0 && d.compareTo(high) <= 0;
    }

    @Test
    void afterAPauseTheNextRequestWaitsAFullDelayAgain() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate real = new HostGate(1, d -> {
            waits.add(d);
            Thread.sleep(d.toMillis());
        });
        try (HostGate.Permit p = real.enter("a.example", Duration.ofMillis(40))) {
            assertTrue(p != null);
        }
        Thread.sleep(200); // idle for more than two delays: the host may have been fetched by another instance
        try (HostGate.Permit p = real.enter("a.example", Duration.ofMillis(40))) {
            assertTrue(p != null);
        }
        assertEquals(2, waits.size(), waits::toString);
        assertTrue(waits.get(1).toMillis() >= 35, "a full delay again after the pause: " + waits);
    }

    @Test
    @SuppressWarnings("try")
    void otherHostsDoNotWait() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HostGate gate = new HostGate(1, waits::add);
        try (HostGate.Permit p = gate.enter("a.example", Duration.ofSeconds(30))) {
            try (HostGate.Permit q = gate.enter("b.example", Duration.ofMillis(10))) {
                assertTrue(q != null);
            }
        }
        assertEquals(2, waits.size());
        assertTrue(waits.get(1).compareTo(Duration.ofMillis(10)) <= 0,
                "b.example waits its own delay, not a.example's 30 s: " + waits);
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
