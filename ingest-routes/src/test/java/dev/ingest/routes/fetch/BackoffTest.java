package dev.ingest.routes.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 4,
            new SplittableRandom(42));

    @ParameterizedTest(name = "attempt {0}: between {1} and {2} ms")
    @CsvSource({"0,2500,7500", "1,5000,15000", "2,10000,30000", "3,20000,60000", "20,600000,600000"})
    void doublesWithJitterUpToTheCap(int attempt, long min, long max) {
        for (int i = 0; i < 50; i++) {
            long ms = backoff.delay(attempt, Optional.empty()).toMillis();
            assertTrue(ms >= min && ms <= max, attempt + ": " + ms);
        }
    }

    @Test
    void jitterSpreadsRetries() {
        long a = backoff.delay(2, Optional.empty()).toMillis();
        long b = backoff.delay(2, Optional.empty()).toMillis();
        assertTrue(a != b, "two retries of the same attempt do not come back together");
    }

    @Test
    void retryAfterWinsWhenLongerButNotPastTheCap() {
        assertEquals(Duration.ofSeconds(120), backoff.delay(0, Optional.of(Duration.ofSeconds(120))));
        assertEquals(Duration.ofMinutes(10), backoff.delay(0, Optional.of(Duration.ofHours(5))));
        assertTrue(backoff.delay(3, Optional.of(Duration.ofSeconds(1))).toSeconds() >= 20);
    }

    @Test
    void countsAttempts() {
        assertTrue(backoff.allowsRetry(0));
        assertTrue(backoff.allowsRetry(2));
        assertFalse(backoff.allowsRetry(3), "four attempts in all");
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            120                           | PT2M
            0                             | PT0S
            Sat, 28 Nov 2026 12:05:00 GMT | PT5M
            Sat, 28 Nov 2026 11:00:00 GMT | PT0S
            """)
    void readsRetryAfter(String header, String expected) {
        assertEquals(Optional.of(Duration.parse(expected)),
                RetryAfter.parse(header, Instant.parse("2026-11-28T12:00:00Z")));
    }

    @Test
    void ignoresAnUnreadableRetryAfter() {
        assertEquals(Optional.empty(), RetryAfter.parse("soon-ish", Instant.now()));
    }
}
