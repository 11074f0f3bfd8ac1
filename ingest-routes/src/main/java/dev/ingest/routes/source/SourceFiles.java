package dev.ingest.routes.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads source definition files ({@code *.yaml}, one source each) from a folder. A file with a mistake is reported
 * with file, line, field and a fix, and left out; the others load.
 *
 * <pre>
 * id: harbour-gazette
 * name: The Harbour Gazette
 * schedule: 15m
 * feeds: [https://harbour-gazette.example/feed.xml]
 * sitemaps: [https://harbour-gazette.example/sitemap.xml]
 * listings:
 *   - url: https://harbour-gazette.example/
 *     include: ["/news/\\d{4}/"]
 * </pre>
 */
public final class SourceFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SourceFiles.class);

    private SourceFiles() {
    }

    /** What reading a folder found: the sources that loaded and the problems of the files that did not. */
    public record Result(List<SourceDefinition> sources, List<SourceProblem> problems) {
    }

    /** Loads every valid file, logging each problem of the others. */
    public static List<SourceDefinition> loadValid(Path dir) throws IOException {
        Result result = load(dir);
        result.problems().forEach(p -> LOG.error("source file not loaded: {}", p));
        return result.sources();
    }

    public static Result load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("sources folder " + dir.toAbsolutePath() + " does not exist or is not a folder");
        }
        List<SourceDefinition> sources = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        Map<String, Path> idToFile = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(SourceFiles::isSourceFile).sorted().toList()) {
                SourceChecker.Checked checked = SourceChecker.check(file,
                        Files.readString(file, StandardCharsets.UTF_8));
                problems.addAll(checked.problems());
                SourceDefinition s = checked.source();
                if (s == null) {
                    continue;
                }
                Path first = idToFile.putIfAbsent(s.id(), file);
                if (first != null) {
                    problems.add(new SourceProblem(file, 1, "id", "'" + s.id() + "' is already the id of " + first,
                            "give each source its own id"));
                } else {
                    sources.add(s);
                }
            }
        }
        return new Result(sources, problems);
    }

    static boolean isSourceFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }
}
