package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores extraction against gold files ({@code src/test/resources/gold/*.tsv}: kind, start, end, speaker,
 * source). A gold claim is matched by a predicted claim of the same kind whose span overlaps it by at
 * least half of the longer of the two; each prediction matches at most one gold claim. Predictions
 * flagged {@link ClaimFlag#SCARE_QUOTE} are the engine saying "not a claim" and are not counted.
 * Speaker and source accuracy are over matched claims; names compare by folded words (one name's
 * words all inside the other's, ignoring "the"/"a"), "-" meaning none.
 */
final class Evaluation {

    record Gold(ClaimKind kind, int start, int end, String speaker, String source) {
    }

    /** Counts for one article or the sum of several. */
    static final class Score {
        final String name;
        int goldDirect;
        int predDirect;
        int hitDirect;
        int goldReported;
        int predReported;
        int hitReported;
        int matched;
        int speakerOk;
        int sourceOk;
        final List<String> notes = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }

        void add(Score o) {
            goldDirect += o.goldDirect;
            predDirect += o.predDirect;
            hitDirect += o.hitDirect;
            goldReported += o.goldReported;
            predReported += o.predReported;
            hitReported += o.hitReported;
            matched += o.matched;
            speakerOk += o.speakerOk;
            sourceOk += o.sourceOk;
        }

        double quoteRecall() {
            return ratio(hitDirect, goldDirect);
        }

        double quotePrecision() {
            return ratio(hitDirect, predDirect);
        }

        double reportedRecall() {
            return ratio(hitReported, goldReported);
        }

        double reportedPrecision() {
            return ratio(hitReported, predReported);
        }

        double speakerAccuracy() {
            return ratio(speakerOk, matched);
        }

        double sourceAccuracy() {
            return ratio(sourceOk, matched);
        }

        boolean perfect() {
            return hitDirect == goldDirect && hitDirect == predDirect && hitReported == goldReported
                    && speakerOk == matched && sourceOk == matched;
        }

        String row() {
            return String.format(Locale.ROOT, "%-40s %3d/%-3d %5.2f %5.2f   %3d/%-3d %5.2f %5.2f   %5.2f %5.2f",
                    name, hitDirect, goldDirect, quoteRecall(), quotePrecision(), hitReported, goldReported,
                    reportedRecall(), reportedPrecision(), speakerAccuracy(), sourceAccuracy());
        }

        static String header() {
            return String.format(Locale.ROOT, "%-40s %-7s %5s %5s   %-7s %5s %5s   %5s %5s", "article", "quotes",
                    "rec", "prec", "reported", "rec", "prec", "spkr", "src");
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    private Evaluation() {
    }

    static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            out.add(new Gold(c[0].equals("D") ? ClaimKind.DIRECT : ClaimKind.REPORTED, Integer.parseInt(c[1]),
                    Integer.parseInt(c[2]), none(c[3]), none(c[4])));
        }
        return out;
    }

    private static String none(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s.trim();
    }

    static Score score(String name, String text, List<Gold> gold, Extraction extraction) {
        Score s = new Score(name);
        List<ClaimCandidate> pred = new ArrayList<>();
        for (ClaimCandidate c : extraction.claims()) {
            if (!c.flags().contains(ClaimFlag.SCARE_QUOTE)) {
                pred.add(c);
            }
        }
        boolean[] used = new boolean[pred.size()];
        for (Gold g : gold) {
            if (g.kind() == ClaimKind.DIRECT) {
                s.goldDirect++;
            } else {
                s.goldReported++;
            }
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < pred.size(); i++) {
                ClaimCandidate c = pred.get(i);
                if (used[i] || c.kind() != g.kind()) {
                    continue;
                }
                double o = overlap(g.start(), g.end(), c.start(), c.end());
                if (o >= 0.5 && o > bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            String snippet = snippet(text, g.start(), g.end());
            if (best < 0) {
                s.notes.add("MISSED " + g.kind() + " " + g.start() + "-" + g.end() + " [" + g.speaker() + "] " + snippet);
                continue;
            }
            used[best] = true;
            ClaimCandidate c = pred.get(best);
            if (g.kind() == ClaimKind.DIRECT) {
                s.hitDirect++;
            } else {
                s.hitReported++;
            }
            s.matched++;
            String ps = c.speaker() == null ? null : c.speaker().name();
            String pc = c.source() == null ? null : c.source().name();
            if (sameName(g.speaker(), ps)) {
                s.speakerOk++;
                if (ps != null && words(ps).size() > words(g.speaker()).size() + 1) {
                    s.notes.add("LOOSE " + g.start() + " gold=" + g.speaker() + " got=" + ps + "  " + snippet);
                }
            } else {
                s.notes.add("SPEAKER " + g.start() + " gold=" + g.speaker() + " got=" + ps + "  " + snippet);
            }
            if (sameName(g.source(), pc)) {
                s.sourceOk++;
            } else {
                s.notes.add("SOURCE  " + g.start() + " gold=" + g.source() + " got=" + pc + "  " + snippet);
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            ClaimCandidate c = pred.get(i);
            if (c.kind() == ClaimKind.DIRECT) {
                s.predDirect++;
            } else {
                s.predReported++;
            }
            if (!used[i]) {
                s.notes.add("EXTRA   " + c.kind() + " " + c.start() + "-" + c.end() + " [" + (c.speaker() == null
                        ? null : c.speaker().name()) + "] " + snippet(text, c.start(), c.end()));
            }
        }
        return s;
    }

    static double overlap(int a, int b, int c, int d) {
        int inter = Math.min(b, d) - Math.max(a, c);
        return inter <= 0 ? 0 : (double) inter / Math.max(b - a, d - c);
    }

    static boolean sameName(String gold, String got) {
        if (gold == null || got == null) {
            return gold == null && got == null;
        }
        Set<String> g = words(gold);
        Set<String> p = words(got);
        return !g.isEmpty() && !p.isEmpty() && (g.containsAll(p) || p.containsAll(g));
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>(Arrays.asList(TextKey.of(name).split("[\\s\\-]+")));
        out.removeAll(Set.of("the", "a", "an", ""));
        return out;
    }

    private static String snippet(String text, int s, int e) {
        String x = text.substring(s, Math.min(e, text.length())).replace('\n', ' ');
        return x.length() > 70 ? x.substring(0, 70) + "…" : x;
    }
}
