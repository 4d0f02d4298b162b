package com.quotedesk.extraction.bench;

import com.quotedesk.extraction.Extraction;
import com.quotedesk.extraction.Extractor;
import com.quotedesk.extraction.Language;
import com.quotedesk.extraction.Lexicon;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Extraction speed on Arabic news text, single thread, warm, from 1 KiB to 1 MiB of UTF-8, beside the
 * floor nobody can beat: one pass that only counts the quotation marks of the same text. Run with
 * {@link ExtractionBenchmarkReport}, which prints MB/s, the ratio and the allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class ExtractionBenchmark {

    /** Size of the input in UTF-8 bytes. */
    @Param({"1024", "16384", "262144", "1048576"})
    public int bytes;

    private String text;
    private Extractor extractor;

    @Setup
    public void setUp() throws IOException {
        text = arabicText(bytes);
        extractor = new Extractor(Lexicon.seed());
    }

    /**
     * The founding article, followed by the ANT Arabic articles when {@code ../shared/corpus/ar} is
     * present, repeated and cut (at a character) to {@code size} bytes of UTF-8. The founding article's
     * closing update note and bio are left out: after them an article ends and the extractor rightly
     * skips the rest, which would make a repeated text cheap to "read".
     */
    static String arabicText(int size) throws IOException {
        String founding = Files.readString(Path.of("src/main/resources/samples/cnn-putin-north-korea.ar.txt"),
                StandardCharsets.UTF_8);
        StringBuilder corpus = new StringBuilder(founding.substring(0, founding.indexOf("هذة القصة")));
        Path ant = Path.of(System.getProperty("quotedesk.corpus", "../shared/corpus"), "ar");
        if (Files.isDirectory(ant)) {
            try (var files = Files.list(ant)) {
                for (Path p : files.sorted().filter(p -> !p.getFileName().toString().startsWith("00")).toList()) {
                    corpus.append('\n').append(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int utf8 = 0;
        while (utf8 < size) {
            for (int i = 0; i < corpus.length() && utf8 < size; i++) {
                char c = corpus.charAt(i);
                int len = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                if (utf8 + len > size) {
                    utf8 = size;
                    break;
                }
                sb.append(c);
                utf8 += len;
            }
            if (utf8 < size) {
                sb.append('\n');
                utf8++;
            }
        }
        return sb.toString();
    }

    @Benchmark
    public Extraction extract() {
        return extractor.extract(text, Language.AR);
    }

    /** The floor: a single pass that counts quotation marks and does nothing else. */
    @Benchmark
    public int countQuoteMarks() {
        String s = text;
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                n++;
            }
        }
        return n;
    }
}
