package dev.ingest.routes.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into an orderly stop. Without this, the JVM runs shutdown hooks and exits with 143;
 * with it, the service finishes in-flight pages, flushes, commits, and exits 0 as a service manager expects.
 */
final class StopSignals {
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), sig -> {
                    LOG.info("received SIG{}", sig.getName());
                    stop.run();
                });
            } catch (IllegalArgumentException unsupported) {
                LOG.debug("signal {} cannot be handled on this platform", name);
            }
        }
    }
}
