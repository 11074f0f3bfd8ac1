package dev.ingest.routes.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host, shared by every source and route of a process: at most {@code maxConcurrency} requests to a
 * host at once, and at least {@code minDelay} from the start of one request, and from the end of the last one that
 * finished, to the start of the next. Counting from the end too keeps the host's quiet time whatever the response
 * took, and makes the spacing hold where the host sees it: a request reaches the host before its response ends, so
 * two requests reach it at least {@code minDelay} apart however long connection set-up delays the first. Other hosts
 * never wait for a slow one: each host has its own slot and timer. Across instances the frontier's partitioning (key =
 * host) gives each host one owner at a time; when hosts may have come here from another instance (a rebalance,
 * {@link #handOver()}), the first request to each host after that waits one delay from the hand-over.
 *
 * <p>{@code try (HostGate.Permit p = gate.enter("news.example.com", Duration.ofSeconds(2))) { fetch(...); }}
 */
public final class HostGate {
    /** Waits; tests may count instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final int maxConcurrency;
    private final Sleeper sleeper;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private volatile long handOverNanos = Long.MIN_VALUE;

    public HostGate(int maxConcurrency, Sleeper sleeper) {
        this.maxConcurrency = maxConcurrency;
        this.sleeper = sleeper;
    }

    public static HostGate realTime(int maxConcurrency) {
        return new HostGate(maxConcurrency, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    private final class Host {
        final Semaphore slots = new Semaphore(maxConcurrency, true);
        long nextStartNanos = Long.MIN_VALUE;
        long lastStartNanos;
        volatile long pausedUntilNanos = Long.MIN_VALUE;
    }

    /**
     * Says that hosts may have just come from another instance, whose last request to them started before now: the
     * next request to every host waits at least one delay from now.
     */
    public void handOver() {
        handOverNanos = System.nanoTime();
    }

    /** Asks that no request go to {@code host} for {@code d} (a 429 or 503 with Retry-After). */
    public void pause(String host, Duration d) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        long until = System.nanoTime() + d.toNanos();
        if (h.pausedUntilNanos == Long.MIN_VALUE || until - h.pausedUntilNanos > 0) {
            h.pausedUntilNanos = until;
        }
    }

    /** How long {@code host} is still paused for; zero when it is not. */
    public Duration pausedFor(String host) {
        Host h = hosts.get(host);
        if (h == null || h.pausedUntilNanos == Long.MIN_VALUE) {
            return Duration.ZERO;
        }
        long left = h.pausedUntilNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** A request slot for a host; close it when the response is read. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Blocks until a request to {@code host} may start, then holds one of its slots; closing the permit when the
     * response is read books the next start no earlier than {@code minDelay} from then.
     */
    public Permit enter(String host, Duration minDelay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.slots.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = System.nanoTime();
                long delay = minDelay.toNanos();
                long start = h.nextStartNanos == Long.MIN_VALUE ? now : Math.max(now, h.nextStartNanos);
                long handOver = handOverNanos;
                boolean handedOver = handOver != Long.MIN_VALUE
                        && (h.nextStartNanos == Long.MIN_VALUE || h.lastStartNanos - handOver < 0);
                if (handedOver) {
                    start = Math.max(start, handOver + delay);
                }
                h.lastStartNanos = start;
                h.nextStartNanos = start + delay;
                wait = start - now;
            }
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            h.slots.release();
            throw e;
        }
        return () -> {
            synchronized (h) {
                long next = System.nanoTime() + minDelay.toNanos();
                if (next - h.nextStartNanos > 0) {
                    h.nextStartNanos = next;
                }
            }
            h.slots.release();
        };
    }
}
