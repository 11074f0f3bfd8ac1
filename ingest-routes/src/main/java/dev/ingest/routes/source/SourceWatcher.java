package dev.ingest.routes.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies changes to a sources folder while the service runs. Each {@link #scan()} compares the folder with the
 * previous scan: a new or edited file that checks clean is (re)started, a removed file's source is stopped. An
 * edited file with a mistake is reported (file, line, field, fix) and the source keeps running as it was, so a typo
 * never takes a working publisher offline. Polling rather than file-system events: it works the same on mounted
 * volumes and in containers.
 */
public final class SourceWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    /** What the watcher drives: the running service's source routes. */
    public interface Target {
        void apply(SourceDefinition source) throws Exception;

        void remove(String sourceId) throws Exception;
    }

    private record Seen(String content, String sourceId) {
    }

    private final Path dir;
    private final Target target;
    private final Map<Path, Seen> seen = new HashMap<>();

    public SourceWatcher(Path dir, Target target) {
        this.dir = dir;
        this.target = target;
    }

    /** Looks at the folder once and applies what changed since the last look. */
    public synchronized void scan() throws IOException {
        Map<Path, String> now = new TreeMap<>(); // file-name order: the first file claims an id
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(SourceFiles::isSourceFile).sorted().toList()) {
                now.put(f, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (Map.Entry<Path, String> e : now.entrySet()) {
            Seen before = seen.get(e.getKey());
            if (before != null && before.content().equals(e.getValue())) {
                continue;
            }
            SourceChecker.Checked checked = SourceChecker.check(e.getKey(), e.getValue());
            if (checked.source() == null) {
                checked.problems().forEach(p -> LOG.error("source file not applied: {}", p));
                // remember the content so the same mistake is reported once, keep whatever was running
                seen.put(e.getKey(), new Seen(e.getValue(), before == null ? null : before.sourceId()));
                continue;
            }
            String id = checked.source().id();
            if (claimedByOtherFile(e.getKey(), id)) {
                LOG.error("source file not applied: {}:1: id: '{}' is already the id of another file; "
                        + "fix: give each source its own id", e.getKey(), id);
                seen.put(e.getKey(), new Seen(e.getValue(), before == null ? null : before.sourceId()));
                continue;
            }
            try {
                if (before != null && before.sourceId() != null && !before.sourceId().equals(id)) {
                    target.remove(before.sourceId());
                }
                target.apply(checked.source());
                LOG.info("{} source {} from {}", before == null ? "started" : "updated", id, e.getKey());
                seen.put(e.getKey(), new Seen(e.getValue(), id));
            } catch (Exception ex) {
                LOG.error("source {} from {} could not be started: {}", id, e.getKey(), ex.getMessage(), ex);
            }
        }
        for (Path gone : List.copyOf(seen.keySet())) {
            if (!now.containsKey(gone)) {
                String id = seen.remove(gone).sourceId();
                if (id != null) {
                    try {
                        target.remove(id);
                        LOG.info("stopped source {}: {} was removed", id, gone);
                    } catch (Exception ex) {
                        LOG.error("source {} could not be stopped: {}", id, ex.getMessage(), ex);
                    }
                }
            }
        }
    }

    private boolean claimedByOtherFile(Path file, String id) {
        return seen.entrySet().stream()
                .anyMatch(s -> !s.getKey().equals(file) && Objects.equals(s.getValue().sourceId(), id));
    }
}
