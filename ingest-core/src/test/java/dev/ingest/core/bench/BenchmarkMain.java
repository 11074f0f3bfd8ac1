package dev.ingest.core.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and prints pages/s per core for parse and extract, and their ratio, measured in
 * the same run; then the same in pairs by CPU time ({@link PairedRun}), the figure that holds still under load.
 * {@code args[0]}: a folder of pages (default: this module's fixture pages); {@code args[1] = "paired"}: the paired
 * run alone; {@code "pages"}: the ratio of each page ({@link PerPageRun}) alone; {@code "stages"}: the body half and
 * the metadata readers apart ({@link StageRun}).
 */
public final class BenchmarkMain {
    private static final int PAIRED_ROUNDS = 15;
    private static final int PER_PAGE_ROUNDS = 8;
    private static final int STAGE_ROUNDS = 11;
    private static final int WORST_SHOWN = 10;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String pages = args.length > 0 ? Path.of(args[0]).toAbsolutePath().toString() : "";
        String mode = args.length > 1 ? args[1] : "all";
        boolean pairedOnly = mode.equals("paired");
        List<ExtractionBenchmark.Page> loaded = ExtractionBenchmark.load(pages.isEmpty()
                ? Path.of("src/test/resources/pages") : Path.of(pages));
        System.out.printf("%n%d pages%s, one thread%n", loaded.size(),
                pages.isEmpty() ? " (fixtures)" : " from " + pages);
        if (mode.equals("pages")) {
            perPage(loaded);
            return;
        }
        if (mode.equals("stages")) {
            stages(loaded);
            return;
        }
        if (!pairedOnly) {
            jmh(pages, loaded.size());
        }
        PairedRun.Result paired = PairedRun.run(loaded, 3, PAIRED_ROUNDS);
        System.out.printf("%nPaired, thread CPU time, median of %d rounds (parse and extraction alternating page by "
                + "page):%n",
                paired.rounds());
        System.out.printf("Jsoup.parse alone : %8.1f pages/s%n", paired.parsePagesPerSecond());
        System.out.printf("full extraction   : %8.1f pages/s%n", paired.extractPagesPerSecond());
        System.out.printf("extraction costs %.2f× a parse (middle half of rounds %.2f–%.2f; target ≤ 2.0)%n",
                paired.ratio(), paired.ratioLow(), paired.ratioHigh());
    }

    private static void stages(List<ExtractionBenchmark.Page> loaded) {
        StageRun.Result r = StageRun.run(loaded, 3, STAGE_ROUNDS);
        System.out.printf("%nStages, thread CPU time, median of %d rounds (each ÷ Jsoup.parse in the same round):%n",
                r.rounds());
        System.out.printf("Jsoup.parse alone  1.00×%n");
        System.out.printf("own parse          %.2f×  (scripts, style sheets, SVG and comments cut first)%n",
                r.ownParse());
        System.out.printf("parse + body half  %.2f×  (page index, cleaning, scoring, pruning, text, HTML)%n", r.body());
        System.out.printf("whole extraction   %.2f×  (the metadata readers add %.2f×)%n", r.whole(),
                r.whole() - r.body());
    }

    private static void perPage(List<ExtractionBenchmark.Page> loaded) {
        PerPageRun.Result r = PerPageRun.run(loaded, 2, PER_PAGE_ROUNDS, WORST_SHOWN);
        System.out.printf("%nPer page, thread CPU time, %d rounds (each page parsed, then extracted):%n",
                PER_PAGE_ROUNDS);
        System.out.printf("extraction ÷ parse: all pages %.2f×, median page %.2f×, 90th percentile %.2f×, "
                + "99th %.2f×, highest %.2f×%n", r.total(), r.median(), r.p90(), r.p99(), r.max());
        System.out.printf("costliest for what they parse:%n");
        r.worst().forEach(w -> System.out.println("  " + w));
    }

    private static void jmh(String pages, int count) throws Exception {
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
        System.out.printf("%nJMH, throughput, separate phases:%n");
        System.out.printf("Jsoup.parse alone : %8.1f pages/s (± %.1f)%n", parse * count, parseErr * count);
        System.out.printf("full extraction   : %8.1f pages/s (± %.1f)%n", extract * count, extractErr * count);
        System.out.printf("extraction costs %.2f× a parse (target ≤ 2.0)%n", parse / extract);
    }
}
