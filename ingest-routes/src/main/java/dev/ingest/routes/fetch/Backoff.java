package dev.ingest.routes.fetch;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed fetch again: exponential back-off with jitter, never sooner than the server's Retry-After.
 * {@code delay(0)} is about {@code base}, {@code delay(1)} about twice that, each scaled by a random factor in
 * [0.5, 1.5) so that many failed pages don't all come back at once; capped at {@code max}.
 */
public final class Backoff {
    private final Duration base;
    private final Duration max;
    private final int maxAttempts;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, int maxAttempts, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** True while another attempt is allowed after {@code attempt} failed ones (0-based). */
    public boolean allowsRetry(int attempt) {
        return attempt + 1 < maxAttempts;
    }

    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        double factor = Math.pow(2, Math.min(attempt, 30)) * (0.5 + random.nextDouble());
        long millis = (long) Math.min(max.toMillis(), base.toMillis() * factor);
        Duration d = Duration.ofMillis(millis);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(d) > 0) {
            d = retryAfter.get().compareTo(max) > 0 ? max : retryAfter.get();
        }
        return d;
    }
}
