package com.quotedesk.extraction.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

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

    private ExtractionBenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
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
