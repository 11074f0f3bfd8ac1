package dev.ingest.core.bench;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Parse and extraction measured in pairs: each round parses and extracts every page, the two one right after the
 * other page by page (which goes first swaps from page to page and round to round), timing each by the thread's CPU
 * time. Both see the same load, page by page, so the ratio of a round holds still on a busy machine whose speed moves
 * by half within a minute, where JMH's separate phases, or a pass over all pages for each, do not.
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
            for (int i = 0; i < pages.size(); i++) {
                ExtractionBenchmark.Page p = pages.get(i);
                for (int pass = 0; pass < 2; pass++) {
                    boolean parsing = (pass == 0) == ((r + i) % 2 == 0);
                    long start = threads.getCurrentThreadCpuTime();
                    sink += parsing ? ExtractionBenchmark.parse(p).childNodeSize()
                            : extractor.extract(p.bytes(), null, p.url(), FETCHED, ExtractionRules.NONE).text()
                                    .length();
                    cpu[parsing ? 0 : 1] += threads.getCurrentThreadCpuTime() - start;
                }
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
