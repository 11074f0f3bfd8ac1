package dev.ingest.core.bench;

import dev.ingest.core.extract.ArticleExtractor;
import dev.ingest.core.extract.BodyStages;
import dev.ingest.core.extract.ExtractionRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Where extraction's time goes: each round times four passes over every page by the thread's CPU time, in an order
 * that turns from round to round: {@code Jsoup.parse} alone, the extractor's own parse (scripts, style sheets, SVG
 * and comments cut first), that parse and the body half of extraction ({@link BodyStages}), and the whole
 * extraction. The medians of each pass ÷ {@code Jsoup.parse} in the same round split the whole into the parse, the
 * body and the metadata readers (the whole less the body).
 */
final class StageRun {
    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2026-11-28T12:00:00Z");

    /** Medians over the rounds of own parse, body and whole ÷ parse; the own parse is included in body and whole. */
    record Result(int rounds, double ownParse, double body, double whole) {
    }

    private StageRun() {
    }

    static Result run(List<ExtractionBenchmark.Page> pages, int warmup, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        double[] own = new double[rounds];
        double[] body = new double[rounds];
        double[] whole = new double[rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long[] cpu = new long[4];
            for (int k = 0; k < 4; k++) {
                int pass = Math.floorMod(k + r, 4);
                long start = threads.getCurrentThreadCpuTime();
                for (ExtractionBenchmark.Page p : pages) {
                    sink += switch (pass) {
                        case 0 -> ExtractionBenchmark.parse(p).childNodeSize();
                        case 1 -> BodyStages.parse(p.bytes(), p.url()).childNodeSize();
                        case 2 -> BodyStages.body(BodyStages.parse(p.bytes(), p.url()));
                        default -> extractor.extract(p.bytes(), null, p.url(), FETCHED, ExtractionRules.NONE).text()
                                .length();
                    };
                }
                cpu[pass] = threads.getCurrentThreadCpuTime() - start;
            }
            if (r >= 0) {
                own[r] = (double) cpu[1] / cpu[0];
                body[r] = (double) cpu[2] / cpu[0];
                whole[r] = (double) cpu[3] / cpu[0];
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable
        }
        return new Result(rounds, median(own), median(body), median(whole));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
