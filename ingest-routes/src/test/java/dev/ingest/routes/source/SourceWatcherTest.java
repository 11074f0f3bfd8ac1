package dev.ingest.routes.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    private final List<String> calls = new ArrayList<>();
    private final SourceWatcher.Target target = new SourceWatcher.Target() {
        @Override
        public void apply(SourceDefinition source) {
            calls.add("apply " + source.id() + " " + source.schedule().toMinutes() + "m");
        }

        @Override
        public void remove(String sourceId) {
            calls.add("remove " + sourceId);
        }
    };

    private static String source(String id, int minutes) {
        return "id: " + id + "\nschedule: " + minutes + "m\nfeeds: [https://" + id + ".example/feed.xml]\n";
    }

    @Test
    void appliesAddedEditedAndRemovedFilesAndKeepsARunningSourceWhenAnEditBreaksIt(@TempDir Path dir)
            throws Exception {
        SourceWatcher watcher = new SourceWatcher(dir, target);
        Files.writeString(dir.resolve("gazette.yaml"), source("gazette", 10));
        Files.writeString(dir.resolve("broken.yaml"), "id: Not Kebab\nfeeds: [nope]\n");
        watcher.scan();
        assertEquals(List.of("apply gazette 10m"), calls, "the good file starts, the bad one does not");

        watcher.scan();
        assertEquals(1, calls.size(), "nothing changed, nothing applied");

        Files.writeString(dir.resolve("gazette.yaml"), source("gazette", 30));
        watcher.scan();
        assertEquals("apply gazette 30m", calls.get(1), "an edit restarts the source with its new definition");

        Files.writeString(dir.resolve("gazette.yaml"), "id: gazette\nschedule: soon\nfeeds: []\n");
        watcher.scan();
        assertEquals(2, calls.size(), "a broken edit is reported and the running source is left alone: " + calls);

        Files.writeString(dir.resolve("broken.yaml"), source("courier", 5));
        watcher.scan();
        assertEquals("apply courier 5m", calls.get(2), "a fixed file starts");

        Files.writeString(dir.resolve("broken.yaml"), source("evening-courier", 5));
        watcher.scan();
        assertEquals(List.of("remove courier", "apply evening-courier 5m"), calls.subList(3, 5),
                "a changed id replaces the old source");

        Files.delete(dir.resolve("broken.yaml"));
        watcher.scan();
        assertEquals("remove evening-courier", calls.get(5), "a removed file stops its source");
    }

    @Test
    void aSecondFileWithTheSameIdIsRefused(@TempDir Path dir) throws Exception {
        SourceWatcher watcher = new SourceWatcher(dir, target);
        Files.writeString(dir.resolve("a.yaml"), source("gazette", 10));
        Files.writeString(dir.resolve("b.yaml"), source("gazette", 20));
        watcher.scan();
        assertEquals(List.of("apply gazette 10m"), calls);
    }
}
