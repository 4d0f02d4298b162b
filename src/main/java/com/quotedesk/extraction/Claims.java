package com.quotedesk.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the claim objects and holds them: a reported clause cut to its words, the flags and confidence
 * every claim gets from its speaker and channel, and a party named in another paragraph kept without its
 * offsets.
 */
final class Claims {

    /**
     * Openers of the writer's inference after a comma: "ما يعني", "مما يعني", "وهو ما", "which means"; "، وهو"
     * without "ما" is an apposition inside the claim ("…، وهو دعم التجارة").
     */
    private static final Set<String> INFERENCE = Words.set("ما", "مما", "وهو", "which");
    /** Verbs of consequence after ", which" ("…, which means …"); other verbs make a relative clause of the claim. */
    private static final Set<String> CONSEQUENCE = Words.set("means", "meant", "mean", "meaning", "suggests", "suggested",
            "implies", "implied", "led", "leads", "prompted", "prompts", "sparked", "caused", "causes", "triggered");
    /** Words that open a sentence of direct speech ("We …", "It …", "The …"), unlike a name that may go on a clause. */
    private static final Set<String> SENTENCE_OPENER = Words.set("i", "we", "you", "it", "they", "he", "she", "this",
            "that", "there", "these", "those", "our", "my", "the", "if", "what", "when", "in", "at", "for");
    /** English copulas before a quoted complement: the quotation alone is the claim. */
    private static final Set<String> BE = Words.set("is", "are", "was", "were", "be", "been", "being", "am", "seems",
            "seemed", "became", "becomes", "remains", "remained", "looks", "looked", "sounds", "sounded", "felt", "feels");
    private static final Set<String> AUXILIARY = Words.set("would", "could", "may", "might", "will", "has", "have",
            "had", "is", "was", "also", "then");

    /**
     * Openers of the writer's circumstance after an Arabic comma: "، وذلك في أعقاب …", "، وسط تشديد …" set the
     * scene of the statement, they are not part of it.
     */
    private static final Set<String> CIRCUMSTANCE = Words.set("وذلك", "وسط", "رغم", "برغم", "بالرغم");

    private final ArticleContext ctx;
    private final Tokens t;
    private final String text;
    private final List<Segment> segments;
    private final QuotedTokens quoted;
    private final SpeakerResolver speakers;
    private final List<ClaimCandidate> out = new ArrayList<>();

    Claims(ArticleContext ctx, List<Segment> segments, QuotedTokens quoted, SpeakerResolver speakers) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.text = ctx.text;
        this.segments = segments;
        this.quoted = quoted;
        this.speakers = speakers;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /**
     * An accusative active participle of a verb that is not one of speech ("مواصلاً", "متجاهلاً", "ملوحاً"): a
     * circumstantial phrase about the subject of the sentence.
     */
    private boolean circumstantialParticiple(int k) {
        if (!t.isWord(k) || quoted.contains(k) || t.cue(k) != null) {
            return false;
        }
        String raw = text.substring(t.start(k), t.end(k));
        String key = t.key(k);
        // the tanwin stands after the alif ("…اً") or before it ("…ًا")
        return key.length() >= 5 && key.charAt(0) == 'م' && (raw.endsWith("\u064B") || raw.endsWith("\u064B\u0627"));
    }

    /** Inference verbs after "ما/مما": "، ما يعني أن …" is the writer's reading of the claim. */
    private static final Set<String> MEANS = Words.set("يعني", "تعني", "سيعني", "ستعني");

    /**
     * "…، مما يجعلها أخف وأسرع": "ما/مما" with a verb in the present that is no verb of meaning states the
     * consequence the speaker claims, so the claim goes on (a past verb, "، ما أثار …", is the writer's
     * narration, and "، ما يعني …" the writer's inference).
     */
    private boolean claimedConsequence(int k, int b) {
        if (ctx.isLatin() || !"ما".equals(t.key(k)) && !"مما".equals(t.key(k)) || k + 1 >= b || !t.isWord(k + 1)) {
            return false;
        }
        String v = t.key(k + 1);
        // ya- (or sa-ya-) opens the present; ta- is left out: "تسبب", "تراجع" are past verbs too
        boolean present = v.length() >= 4 && (v.charAt(0) == 'ي' || v.startsWith("سي"));
        return present && !MEANS.contains(v) && t.cue(k + 1) == null;
    }

    void reported(Attribution att) {
        int a = att.clauseStart;
        int b = att.clauseEnd;
        for (int k = a + 1; k + 1 < b; k++) {
            if (!t.isWord(k) && !quoted.contains(k) && (t.charAt(k) == '\u060C' || t.charAt(k) == ',') && t.isWord(k + 1)
                    && INFERENCE.contains(t.key(k + 1)) && (!"which".equals(t.key(k + 1)) || consequence(k + 2, b))
                    && (!"وهو".equals(t.key(k + 1)) || k + 2 < b && "ما".equals(t.key(k + 2)))
                    && !claimedConsequence(k + 1, b)) {
                b = k; // "…، ما يعني أن …", "…, which means …": the writer's inference ends the claim
                break;
            }
            if (!ctx.isLatin() && !t.isWord(k) && !quoted.contains(k) && t.charAt(k) == '\u060C'
                    && t.isWord(k + 1) && CIRCUMSTANCE.contains(t.key(k + 1))) {
                b = k; // "…، وذلك في أعقاب الهبوط …", "…، وسط تشديد الإجراءات …": the writer's circumstance
                break;
            }
            if (!ctx.isLatin() && !t.isWord(k) && !quoted.contains(k) && t.charAt(k) == '\u060C'
                    && circumstantialParticiple(k + 1)) {
                b = k; // "…، مواصلاً بذر شكوك حول …": the writer describes the speaker, the claim has ended
                break;
            }
            if (ctx.isLatin() && !t.isWord(k) && !quoted.contains(k) && t.charAt(k) == ',' && quotedToEnd(k + 1, b)) {
                b = k; // "described the device as …, which would run …, "We have to …": the quotation is its own claim
                break;
            }
            if (ctx.isLatin() && !t.isWord(k) && !quoted.contains(k) && isDash(t.charAt(k)) && "but".equals(t.key(k + 1))) {
                b = k; // "denied his forecasts were too optimistic - but refused to …": the narration goes on
                break;
            }
        }
        while (a < b && !t.isWord(a) && !quoted.contains(a)) {
            a++;
        }
        while (b > a && !t.isWord(b - 1) && !quoted.contains(b - 1)) {
            b--;
        }
        if (b - a < 2) {
            return;
        }
        int words = 0;
        int quotedWords = 0;
        for (int i = a; i < b; i++) {
            if (t.isWord(i)) {
                if (quoted.contains(i)) {
                    quotedWords++;
                } else {
                    words++;
                }
            }
        }
        int quotedChars = 0;
        int unquotedChars = 0;
        for (int i = a; i < b; i++) {
            int len = i + 1 < b ? t.start(i + 1) - t.start(i) : t.end(i) - t.start(i);
            if (quoted.contains(i)) {
                quotedChars += len;
            } else {
                unquotedChars += len;
            }
        }
        if (words < 3 || quotedWords > 0 && (words < 4 || quotedChars >= unquotedChars) && !lexicalBeforeQuote(a, b, words)) {
            return;
        }
        int s = t.start(a);
        int e = t.end(b - 1);
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        out.add(claim(ClaimKind.REPORTED, s, e, cueText(att.cueTok), att.speaker, att.source, att.inferred, flags, a,
                !att.passing));
    }

    /**
     * "his finance chief had "a keen command of the numbers"": a subject and a lexical verb (four unquoted
     * words or more) right before a quotation that ends the clause make a report of their own beside the
     * quotation; after a copula ("could be "very important …""), a passive, a comma or a colon, or before a
     * quotation that opens a sentence of its own ("I have …") the quotation alone is the claim.
     */
    private boolean lexicalBeforeQuote(int a, int b, int words) {
        if (!ctx.isLatin() || words < 4) {
            return false;
        }
        int q = a;
        while (q < b && !quoted.contains(q)) {
            q++;
        }
        for (int j = q; j < b; j++) {
            if (t.isWord(j) && !quoted.contains(j)) {
                return false; // unquoted words after the quotation: the usual share of words decides
            }
        }
        int w = q - 1;
        if (w < a || !t.isWord(w) || BE.contains(t.key(w)) || w - 1 >= a && t.isWord(w - 1) && BE.contains(t.key(w - 1))) {
            return false; // a mark after a comma or a colon, a copula, a passive ("will be refused "…"")
        }
        int first = q;
        while (first < b && !t.isWord(first)) {
            first++;
        }
        return first < b && !(ctx.isCapitalized(first) && SENTENCE_OPENER.contains(t.key(first))); // not "post "I have …""
    }

    /**
     * Tokens [k, b) are one quotation opened at {@code k} that runs to the end of the clause (punctuation
     * aside) and starts a sentence of its own (a capitalised pronoun or function word: "We have to …").
     */
    private boolean quotedToEnd(int k, int b) {
        if (k >= b || !quoted.contains(k) || t.isWord(k)) {
            return false;
        }
        int words = 0;
        for (int j = k; j < b; j++) {
            if (t.isWord(j) && !quoted.contains(j)) {
                return false;
            }
            if (t.isWord(j) && words++ == 0 && !(ctx.isCapitalized(j) && SENTENCE_OPENER.contains(t.key(j)))) {
                return false; // "as an individual, "facing …"", "that, over …, "Gloria's …"": it goes on with the clause
            }
        }
        return words >= 4;
    }

    /**
     * ", which means …" (the writer's inference) against ", which would run a Linux-based system" (a relative
     * clause describing what was said): whether the words from {@code k} open with a verb of consequence.
     */
    private boolean consequence(int k, int b) {
        while (k < b && t.isWord(k) && AUXILIARY.contains(t.key(k))) {
            k++;
        }
        return k < b && t.isWord(k) && CONSEQUENCE.contains(t.key(k));
    }

    ClaimCandidate claim(ClaimKind kind, int s, int e, String cue, Mention speaker, Mention source,
                                 boolean inferred, Set<ClaimFlag> flags, int tok) {
        return claim(kind, s, e, cue, speaker, source, inferred, flags, tok, true);
    }

    /** {@code remember}: whether the claim's speaker becomes the voice later cues without a name continue. */
    private ClaimCandidate claim(ClaimKind kind, int s, int e, String cue, Mention speaker, Mention source,
                                 boolean inferred, Set<ClaimFlag> flags, int tok, boolean remember) {
        speaker = placedIn(speaker, s);
        source = placedIn(source, s);
        if (speaker == null) {
            flags.add(ClaimFlag.NO_SPEAKER);
        } else {
            if (inferred) {
                flags.add(ClaimFlag.INFERRED_SPEAKER);
            }
            if (speaker.type() == PartyType.ANONYMOUS) {
                flags.add(ClaimFlag.ANONYMOUS_SPEAKER);
            }
        }
        if (isStateMedia(source) || source == null && isStateMedia(speaker)) {
            flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
        }
        double confidence = speaker == null ? 0.2 : inferred ? 0.6 : 0.85;
        if (speaker != null && speaker.known()) {
            confidence += 0.1;
        }
        if (flags.contains(ClaimFlag.SCARE_QUOTE)) {
            confidence = 0.25;
        }
        if (flags.contains(ClaimFlag.UNBALANCED_QUOTES)) {
            confidence -= 0.15;
        }
        if (remember && !flags.contains(ClaimFlag.SCARE_QUOTE) && speaker != null) {
            speakers.spoke(speaker, source, tok, cue != null);
        }
        return new ClaimCandidate(kind, s, e, text.substring(s, e), cue, segmentOf(s), speaker, source, flags,
                Math.max(0.05, Math.min(1.0, confidence)));
    }

    ClaimCandidate claimQuiet(ClaimKind kind, int s, int e, String cue, Mention speaker, Mention source,
                                      Set<ClaimFlag> flags, double confidence) {
        speaker = placedIn(speaker, s);
        source = placedIn(source, s);
        if (speaker == null) {
            flags.add(ClaimFlag.NO_SPEAKER);
        } else if (speaker.type() == PartyType.ANONYMOUS) {
            flags.add(ClaimFlag.ANONYMOUS_SPEAKER);
        }
        if (isStateMedia(source)) {
            flags.add(ClaimFlag.STATE_MEDIA_SOURCE);
        }
        return new ClaimCandidate(kind, s, e, text.substring(s, e), cue, segmentOf(s), speaker, source, flags,
                Math.max(0.05, confidence));
    }

    /**
     * A party carried over from an earlier paragraph is not named at this claim: its mention keeps the
     * name and drops the offsets (-1), as {@link Mention} documents.
     */
    private Mention placedIn(Mention m, int claimStart) {
        if (m == null || m.start() < 0) {
            return m;
        }
        Segment paragraph = segments.get(segmentOf(claimStart));
        return m.start() >= paragraph.start() && m.end() <= paragraph.end() ? m
                : new Mention("", -1, -1, m.name(), m.type(), m.known());
    }

    private boolean isStateMedia(Mention m) {
        Lexicon.Entry e = m != null && m.known() ? ctx.lexicon.byCanonicalName(m.name()) : null;
        return e != null && e.stateMedia();
    }

    private int segmentOf(int offset) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.isEmpty() ? 0 : segments.get(lo).index();
    }

    String cueText(int tok) {
        return text.substring(t.start(tok), t.end(tok));
    }

    /** The claims so far, in the order they were found; the live list. */
    List<ClaimCandidate> all() {
        return out;
    }

    void add(ClaimCandidate claim) {
        out.add(claim);
    }
}
