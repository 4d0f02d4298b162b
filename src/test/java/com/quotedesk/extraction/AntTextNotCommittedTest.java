package com.quotedesk.extraction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ANT Arabic articles of the shared corpus may be read from {@code ../shared}, never copied into this
 * repository (see {@code ../shared/corpus/SOURCES.md}, note A): gold files keep offsets and names only. This
 * test looks through the repository's own text files for any run of {@value #WINDOW} characters (spaces
 * folded) of those articles; the founding article, which may be copied, is left out. Skipped when the shared
 * corpus is not beside the repository.
 */
class AntTextNotCommittedTest {

    private static final int WINDOW = 40;
    private static final Set<String> TEXT_FILES = Set.of("java", "md", "tsv", "txt", "sql", "html", "js", "css",
            "properties", "sh", "lua", "py", "json", "xml", "yml", "yaml");

    @Test
    void noAntArticleTextStandsInTheRepository() throws IOException {
        Path corpus = Path.of(System.getProperty("quotedesk.corpus", "../shared/corpus"), "ar");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no " + corpus + ": nothing to compare with");
        Map<String, String> windows = new HashMap<>(); // a window of an ANT article -> the article's name
        try (Stream<Path> ant = Files.list(corpus)) {
            for (Path p : ant.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("00-"))
                    .toList()) {
                String text = fold(Files.readString(p, StandardCharsets.UTF_8));
                for (int i = 0; i + WINDOW <= text.length(); i++) {
                    windows.put(text.substring(i, i + WINDOW), p.getFileName().toString());
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String root : List.of("src", "docs", "scripts", ".ci")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).filter(AntTextNotCommittedTest::isText).toList()) {
                    check(f, windows, found);
                }
            }
        }
        try (Stream<Path> top = Files.list(Path.of("."))) {
            for (Path f : top.filter(Files::isRegularFile).filter(AntTextNotCommittedTest::isText).toList()) {
                check(f, windows, found);
            }
        }
        assertTrue(found.isEmpty(), () -> "ANT article text copied into the repository: " + found);
    }

    private static void check(Path file, Map<String, String> windows, List<String> found) throws IOException {
        String text;
        try {
            text = fold(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            return; // not UTF-8 text
        }
        for (int i = 0; i + WINDOW <= text.length(); i++) {
            String article = windows.get(text.substring(i, i + WINDOW));
            if (article != null) {
                found.add(file + " repeats " + article + " at «" + text.substring(i, i + WINDOW) + "»");
                return;
            }
        }
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || TEXT_FILES.contains(name.substring(dot + 1));
    }

    /** Runs of white space become one space, so that re-wrapped or re-indented copies are found too. */
    private static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
