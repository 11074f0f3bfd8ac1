package dev.ingest.core.bench;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Parse and extraction measured in pairs: each round parses every page, then extracts every page (the order swaps
 * from round to round), timing each pass by the thread's CPU time. A ratio taken within one round compares the two
 * under the same load, so its median over rounds holds still on a busy machine where JMH's separate phases do not.
 */
final class PairedRun {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    /** The medians over the measured rounds: pages per CPU-second for each pass, and extraction ÷ parse. */
    record Result(int rounds, double parsePagesPerSecond, double extractPagesPerSecond, double ratio,
            double ratioLow, double ratioHigh) {
    }

    private PairedRun() {
    }

    static Result run(List<ExtractionBenchmark.Page> pages, int warmup, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        double[] parse = new double[rounds];
        double[] extract = new double[rounds];
        double[] ratio = new double[rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long[] cpu = new long[2];
            for (int pass = 0; pass < 2; pass++) {
                boolean parsing = (pass == 0) == (r % 2 == 0);
                long start = threads.getCurrentThreadCpuTime();
                for (ExtractionBenchmark.Page p : pages) {
                    sink += parsing ? ExtractionBenchmark.parse(p).childNodeSize()
                            : extractor.extract(p.bytes(), null, p.url(), FETCHED, ExtractionRules.NONE).text()
                                    .length();
                }
                cpu[parsing ? 0 : 1] = threads.getCurrentThreadCpuTime() - start;
            }
            if (r >= 0) {
                parse[r] = pages.size() / (cpu[0] / 1e9);
                extract[r] = pages.size() / (cpu[1] / 1e9);
                ratio[r] = (double) cpu[1] / cpu[0];
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable
        }
        double[] sorted = ratio.clone();
        Arrays.sort(sorted);
        return new Result(rounds, median(parse), median(extract), median(ratio), sorted[rounds / 4],
                sorted[(rounds * 3) / 4]);
    }


    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
