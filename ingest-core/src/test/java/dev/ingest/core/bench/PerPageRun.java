package dev.ingest.core.bench;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.ExtractionRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Extraction ÷ parse for each page: every round parses a page and at once extracts it, timing both by the thread's
 * CPU time, page after page; the sums over the measured rounds give each page's ratio. The spread over pages shows
 * where the extraction costs most for what it parses, which a ratio of totals hides.
 */
final class PerPageRun {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    /** The ratio of the totals; the median, 90th and 99th percentile and highest page ratios; the costliest pages. */
    record Result(double total, double median, double p90, double p99, double max, List<String> worst) {
    }

    private PerPageRun() {
    }

    static Result run(List<ExtractionBenchmark.Page> pages, int warmup, int rounds, int worstShown) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        long[] parse = new long[pages.size()];
        long[] extract = new long[pages.size()];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                ExtractionBenchmark.Page p = pages.get(i);
                long start = threads.getCurrentThreadCpuTime();
                sink += ExtractionBenchmark.parse(p).childNodeSize();
                long parsed = threads.getCurrentThreadCpuTime();
                sink += extractor.extract(p.bytes(), null, p.url(), FETCHED, ExtractionRules.NONE).text().length();
                long done = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    parse[i] += parsed - start;
                    extract[i] += done - parsed;
                }
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable
        }
        double[] ratios = IntStream.range(0, pages.size()).mapToDouble(i -> ratio(extract[i], parse[i])).toArray();
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        List<String> worst = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> ratios[i]).reversed())
                .limit(worstShown)
                .map(i -> String.format("%5.2f× %s (%d KiB)", ratios[i], pages.get(i).url(),
                        pages.get(i).bytes().length / 1024))
                .toList();
        return new Result(ratio(Arrays.stream(extract).sum(), Arrays.stream(parse).sum()), sorted[n / 2],
                sorted[(int) (n * 0.9)], sorted[Math.min(n - 1, (int) (n * 0.99))], sorted[n - 1], worst);
    }

    private static double ratio(long extract, long parse) {
        return parse == 0 ? 0 : (double) extract / parse;
    }

}
