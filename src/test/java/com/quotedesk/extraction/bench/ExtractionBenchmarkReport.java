package com.quotedesk.extraction.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import com.quotedesk.extraction.Extractor;
import com.quotedesk.extraction.Language;
import com.quotedesk.extraction.Lexicon;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link ExtractionBenchmark} with JMH's gc profiler and prints, per input size, the extraction
 * speed and the quote-counting floor in MB/s of UTF-8, their ratio, the speed relative to the 1 KiB
 * run (linearity) and the bytes allocated per extraction. {@code -Dbench.quick=true} shortens warm-up
 * and measurement for a smoke run.
 */
public final class ExtractionBenchmarkReport {

    /** Keeps the JIT from dropping work whose result nobody reads. */
    private static volatile long sink;

    private ExtractionBenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = Boolean.getBoolean("bench.quick");
        OptionsBuilder ob = new OptionsBuilder();
        ob.include(ExtractionBenchmark.class.getSimpleName()).addProfiler("gc").shouldFailOnError(true);
        if (quick) {
            ob.warmupIterations(2).measurementIterations(3);
        }
        Options options = ob.build();
        Collection<RunResult> results = new Runner(options).run();
        Map<Integer, double[]> rows = new TreeMap<>(); // bytes -> extract µs, count µs, alloc bytes/op
        for (RunResult r : results) {
            int bytes = Integer.parseInt(r.getParams().getParam("bytes"));
            double[] row = rows.computeIfAbsent(bytes, b -> new double[3]);
            String bench = r.getParams().getBenchmark();
            if (bench.endsWith("extract")) {
                row[0] = r.getPrimaryResult().getScore();
                row[2] = alloc(r);
            } else {
                row[1] = r.getPrimaryResult().getScore();
            }
        }
        System.out.println();
        System.out.println("   input     extract    quote-count   ratio   MB/s vs 1 KiB   alloc/call");
        double first = -1;
        for (Map.Entry<Integer, double[]> e : rows.entrySet()) {
            double mbExtract = e.getKey() / e.getValue()[0]; // bytes per µs = MB/s
            double mbCount = e.getKey() / e.getValue()[1];
            if (first < 0) {
                first = mbExtract;
            }
            System.out.println(String.format(Locale.ROOT, "%8s  %7.1f MB/s  %7.1f MB/s  %6.1fx  %13.2f   %7.2f MiB",
                    size(e.getKey()), mbExtract, mbCount, mbCount / mbExtract, mbExtract / first,
                    e.getValue()[2] / (1024.0 * 1024.0)));
        }
        cpuTime(rows.keySet());
    }

    /**
     * The same work timed by this thread's CPU time rather than the wall clock: on a shared machine
     * under load the wall clock also counts the time other processes held the CPU.
     */
    private static void cpuTime(Iterable<Integer> sizes) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Extractor extractor = new Extractor(Lexicon.seed());
        ExtractionBenchmark counter = new ExtractionBenchmark();
        System.out.println();
        System.out.println("   input   extract (thread CPU time)   quote-count (thread CPU time)   ratio");
        for (int bytes : sizes) {
            String text = ExtractionBenchmark.arabicText(bytes);
            counter.bytes = bytes;
            counter.setUp();
            double extract = bestMbPerCpuSecond(threads, bytes,
                    () -> sink += extractor.extract(text, Language.AR).claims().size());
            double count = bestMbPerCpuSecond(threads, bytes, () -> sink += counter.countQuoteMarks());
            System.out.println(String.format(Locale.ROOT, "%8s  %14.1f MB/s  %24.1f MB/s  %12.1fx", size(bytes),
                    extract, count, count / extract));
        }
    }

    private static double bestMbPerCpuSecond(ThreadMXBean threads, int bytes, Runnable work) {
        int reps = Math.max(1, (4 << 20) / bytes);
        double best = 0;
        for (int round = 0; round < 12; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < reps; r++) {
                work.run();
            }
            long ns = threads.getCurrentThreadCpuTime() - t0;
            best = Math.max(best, (double) bytes * reps / Math.max(1, ns) * 1000.0); // bytes/ns*1000 = MB/s
        }
        return best;
    }

    private static double alloc(RunResult r) {
        for (Map.Entry<String, Result> s : r.getSecondaryResults().entrySet()) {
            if (s.getKey().endsWith("gc.alloc.rate.norm")) {
                return s.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MiB" : bytes / 1024 + " KiB";
    }
}
