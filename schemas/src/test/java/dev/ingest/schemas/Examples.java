package dev.ingest.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example documents under {@code schemas/examples/}, found on the test classpath. */
final class Examples {
    private Examples() {
    }

    /** The folder {@code examples/<relative>}, e.g. {@code folder("invalid/article-v1")}. */
    static Path folder(String relative) {
        URL url = Examples.class.getResource("/examples/" + relative);
        if (url == null) {
            throw new IllegalStateException("no folder examples/" + relative + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the {@code .json} files in {@code examples/<relative>}, sorted. */
    static List<String> names(String relative) {
        try (Stream<Path> files = Files.list(folder(relative))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative, String name) {
        try {
            return Files.readString(folder(relative).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
