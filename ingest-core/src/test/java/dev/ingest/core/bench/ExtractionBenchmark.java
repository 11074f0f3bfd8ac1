package dev.ingest.core.bench;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction against its own baseline: {@code parse} is {@code Jsoup.parse} of each page (charset detection
 * included), {@code extract} is the whole {@link ArticleExtractor} on the same bytes. One operation is one pass over
 * every page, on one thread; pages/s per core = ops/s × pages. Run with {@link BenchmarkMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djsoup.useRe2j=false"})
public class ExtractionBenchmark {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    /** A folder of .html pages (searched recursively); empty: the test fixture pages of this module. */
    @Param("")
    public String pages;

    private List<Page> loaded;
    private final ArticleExtractor extractor = new ArticleExtractor();

    record Page(byte[] bytes, String url) {
    }

    @Setup
    public void load() {
        loaded = load(pages.isEmpty() ? Path.of("src/test/resources/pages") : Path.of(pages));
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no .html pages under " + pages);
        }
    }

    static List<Page> load(Path dir) {
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                out.add(new Page(Files.readAllBytes(f), "https://bench.example/" + dir.relativize(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Benchmark
    public void parse(Blackhole bh) {
        for (Page p : loaded) {
            bh.consume(parse(p));
        }
    }

    /** The baseline every run measures against: {@code Jsoup.parse} of the page's bytes, its charset found by jsoup. */
    static Document parse(Page p) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(p.bytes()), null, p.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never from bytes in memory
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (Page p : loaded) {
            bh.consume(extractor.extract(p.bytes(), null, p.url(), FETCHED, ExtractionRules.NONE));
        }
    }
}
