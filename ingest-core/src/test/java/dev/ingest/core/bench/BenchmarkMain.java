package dev.ingest.core.bench;

import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and prints pages/s per core for parse and extract, and their ratio, measured in
 * the same run. {@code args[0]}: a folder of pages (default: this module's fixture pages).
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String pages = args.length > 0 ? Path.of(args[0]).toAbsolutePath().toString() : "";
        int count = ExtractionBenchmark.load(pages.isEmpty() ? Path.of("src/test/resources/pages") : Path.of(pages))
                .size();
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .param("pages", pages)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double parse = 0;
        double extract = 0;
        double parseErr = 0;
        double extractErr = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            if (name.endsWith(".parse")) {
                parse = score;
                parseErr = err;
            } else if (name.endsWith(".extract")) {
                extract = score;
                extractErr = err;
            }
        }
        System.out.printf("%n%d pages%s, one thread%n", count, pages.isEmpty() ? " (fixtures)" : " from " + pages);
        System.out.printf("Jsoup.parse alone : %8.1f pages/s (± %.1f)%n", parse * count, parseErr * count);
        System.out.printf("full extraction   : %8.1f pages/s (± %.1f)%n", extract * count, extractErr * count);
        System.out.printf("extraction costs %.2f× a parse (target ≤ 2.0)%n", parse / extract);
    }
}
