package dev.ingest.routes.fetch;

import java.net.URI;

/**
 * Decides, before each request of a fetch — the first and every redirect hop — whether it may go out and when:
 * robots.txt, per-host delay and concurrency. The permit is held until the response has been read.
 */
@FunctionalInterface
public interface RequestPolicy {
    /** Every request goes out at once. */
    RequestPolicy NONE = target -> () -> { };

    /**
     * @throws FetchException with kind {@link FetchException.Kind#DISALLOWED} when the request must not be made
     */
    HostGate.Permit admit(URI target) throws FetchException, InterruptedException;
}
