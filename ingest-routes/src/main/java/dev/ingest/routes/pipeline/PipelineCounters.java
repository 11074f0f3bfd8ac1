package dev.ingest.routes.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of what the pipeline did since start-up. {@link #settled()} tells when every URL queued so far has
 * reached an end, which is how {@code ingest demo} knows it is done.
 */
public final class PipelineCounters {
    private final AtomicLong discoveryRuns = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong tombstoned = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong pagesDeadLettered = new AtomicLong();

    public void discoveryRunCompleted() {
        discoveryRuns.incrementAndGet();
    }

    public void queued() {
        queued.incrementAndGet();
    }

    public void published() {
        published.incrementAndGet();
    }

    public void skipped() {
        skipped.incrementAndGet();
    }

    public void unchanged() {
        unchanged.incrementAndGet();
    }

    public void tombstoned() {
        tombstoned.incrementAndGet();
    }

    /** An entry was handed back to be queued again later (which counts as a new queued entry then). */
    public void retried() {
        retried.incrementAndGet();
    }

    private final AtomicLong pendingRetries = new AtomicLong();

    /** A retry was scheduled ({@code +1}) or has been queued ({@code -1}). */
    public void pendingRetries(int delta) {
        pendingRetries.addAndGet(delta);
    }

    public long retriedCount() {
        return retried.get();
    }

    public long unchangedCount() {
        return unchanged.get();
    }

    public long tombstonedCount() {
        return tombstoned.get();
    }

    /** A dead letter was written; {@code forQueuedPage} when it ends the life of a frontier entry. */
    public void deadLettered(boolean forQueuedPage) {
        deadLettered.incrementAndGet();
        if (forQueuedPage) {
            pagesDeadLettered.incrementAndGet();
        }
    }

    public long discoveryRuns() {
        return discoveryRuns.get();
    }

    public long queuedCount() {
        return queued.get();
    }

    public long publishedCount() {
        return published.get();
    }

    public long skippedCount() {
        return skipped.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** True when every queued URL has reached an end: published, unchanged, gone, skipped or dead-lettered. */
    public boolean settled() {
        return published.get() + unchanged.get() + tombstoned.get() + skipped.get() + pagesDeadLettered.get()
                + retried.get() >= queued.get() && pendingRetries.get() == 0;
    }
}
