package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;
import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Titles and subheadings, read after the body: a quotation in a headline takes the speaker of the body
 * quotation it repeats, "X: …" and "X says …" report the rest of the headline, and a short subheading's
 * quotation goes to the party before its colon or to the later body quotation it cuts short.
 */
final class Headlines {

    /** A subheading is at most this many characters long. */
    private static final int SUBHEADING_CHARS = 200;
    /** How many later body quotations a subheading's cut-short quotation is compared with. */
    private static final int SUBHEADING_REACH = 40;
    /** Arabic present-tense cues of a headline, before a complement: "X يؤكد أن …", "X ينفي أنه …". */
    private static final Set<String> HEADLINE_CUES_AR = Words.set("يؤكد", "تؤكد", "يقول", "تقول", "ينفي", "تنفي",
            "يعلن", "تعلن", "يحذر", "تحذر", "يري", "تري", "يتوقع", "تتوقع");
    private static final Set<String> HEADLINE_CUES = Words.set("says", "say", "claims", "claim", "warns", "warn",
            "denies", "deny", "insists", "alleges", "admits", "argues", "believes");

    private final ArticleContext ctx;
    private final Tokens t;
    private final String text;
    private final List<Segment> segments;
    private final List<Quote> quotes;
    private final QuoteTerms terms;
    private final Claims claims;
    /** The quotations of the title or subheading being read. */
    private final List<Quote> paraQuotes = new ArrayList<>();

    Headlines(ArticleContext ctx, List<Segment> segments, List<Quote> quotes, QuoteTerms terms, Claims claims) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.text = ctx.text;
        this.segments = segments;
        this.quotes = quotes;
        this.terms = terms;
        this.claims = claims;
    }

    /**
     * A headline's quotation takes the speaker of the body quotation it repeats; otherwise it is
     * flagged. "بوتين …: واشنطن تتحمل…" (a name, then a colon) reports the words after the colon.
     */
    void headline(Segment seg, List<ClaimCandidate> body) {
        paraQuotes.clear();
        for (Quote q : quotes) {
            if (q.segment() == seg.index()) {
                paraQuotes.add(q);
            }
        }
        for (Quote q : paraQuotes) {
            if (terms.isNameInQuotes(q, t.indexAt(q.open()))) {
                continue;
            }
            String key = TextKey.of(trimEllipsis(text.substring(q.start(), q.end())));
            ClaimCandidate same = null;
            for (ClaimCandidate c : body) {
                if (c.kind() == ClaimKind.DIRECT && !c.flags().contains(ClaimFlag.SCARE_QUOTE)
                        && TextKey.of(c.quote()).contains(key)) {
                    same = c;
                    break;
                }
            }
            Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
            flags.addAll(q.flags());
            if (same != null) {
                claims.add(claims.claimQuiet(ClaimKind.DIRECT, q.start(), q.end(), same.cue(), same.speaker(), same.source(),
                        flags, same.confidence() - 0.1));
            } else {
                flags.add(ClaimFlag.SCARE_QUOTE);
                flags.add(ClaimFlag.NO_SPEAKER);
                claims.add(claims.claimQuiet(ClaimKind.DIRECT, q.start(), q.end(), null, null, null, flags, 0.25));
            }
        }
        int a = t.indexAt(seg.start());
        int b = t.indexAt(seg.end());
        if (!ctx.isLatin() && paraQuotes.isEmpty()) {
            headlineCueAr(seg, a, b);
        }
        if (ctx.isLatin() && paraQuotes.isEmpty()) {
            headlineCue(seg, a, b);
        }
        for (int i = a; i < b; i++) {
            if (!t.isWord(i) && t.charAt(i) == ':' && !insideAny(t.start(i))) {
                LexiconMatcher.Match m = ctx.registryAt(a, i);
                if (i + 1 >= b) {
                    return;
                }
                Mention speaker;
                Mention source = null;
                if (m != null && m.from() == a) {
                    speaker = ctx.mentionOf(m);
                    source = headlineOutlet(m.to(), i); // "مسؤول بـ"الجهاد" لـCNN: …": told CNN
                } else if (!ctx.isLatin() && headlineParty(a, i)) {
                    // "الخارجية السعودية: …" (the ministry, not the country), "استطلاع رأي الشباب العربي: …"
                    speaker = ctx.organisationPhrase(a, i);
                    if (speaker == null) {
                        speaker = ctx.resolve(a, i);
                    }
                } else if (!ctx.isLatin() && i == a + 1 && t.isWord(a)) {
                    speaker = bodySpeakerNamed(t.key(a), body); // "إسرائيل: …" where the body says "قالت إسرائيل إن"
                } else if (!ctx.isLatin() && aboutAt(a, i) > a) {
                    int about = aboutAt(a, i); // "قرقاش عن "ملخص مرور سنة": …": the party before "عن" speaks
                    speaker = about == a + 1 ? bodySpeakerNamed(t.key(a), body) : null;
                    if (speaker == null && headlineParty(a, about)) {
                        speaker = ctx.resolve(a, about);
                    }
                } else {
                    return;
                }
                if (speaker == null) {
                    return;
                }
                int s = t.start(i + 1);
                while (s < seg.end() && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                int e = seg.end();
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    claims.add(claims.claimQuiet(ClaimKind.REPORTED, s, e, ":", speaker, source,
                            EnumSet.noneOf(ClaimFlag.class), 0.7));
                }
                return;
            }
        }
    }

    /**
     * A one-word headline party is a party only when a body claim has a speaker of that one name; a label such
     * as "عاجل:" never speaks. That speaker, or null.
     */
    private static Mention bodySpeakerNamed(String key, List<ClaimCandidate> body) {
        for (ClaimCandidate c : body) {
            if (c.speaker() == null || c.flags().contains(ClaimFlag.INFERRED_SPEAKER)) {
                continue;
            }
            String name = TextKey.of(c.speaker().name());
            if (name.equals(key) || c.speaker().type() == PartyType.PERSON && name.endsWith(" " + key)) {
                return c.speaker(); // "قرقاش: …" where the body says "قال أنور قرقاش إن"
            }
        }
        return null;
    }

    /** A quotation cut short for a headline: "تعرضت للاستغلال …" without its "..." / "…". */
    private static String trimEllipsis(String q) {
        int e = q.length();
        while (e > 0 && (q.charAt(e - 1) == '.' || q.charAt(e - 1) == '\u2026' || Character.isWhitespace(q.charAt(e - 1)))) {
            e--;
        }
        return e > 0 ? q.substring(0, e) : q;
    }

    /**
     * A subheading inside the body (a short paragraph of at most 15 words that does not end a sentence and
     * holds one quotation): "النقد الدولي: "…"" gives the quotation to the party before the colon; otherwise
     * the quotation takes the speaker of a later body quotation that repeats it ("واشنطن "تعرضت …..."").
     */
    void subheadings() {
        List<ClaimCandidate> out = claims.all();
        int[] quotesIn = new int[segments.size()];
        int[] firstQuote = new int[segments.size()];
        for (int n = quotes.size() - 1; n >= 0; n--) {
            Quote q = quotes.get(n);
            if (q.segment() >= 0 && q.segment() < quotesIn.length) {
                quotesIn[q.segment()]++;
                firstQuote[q.segment()] = n;
            }
        }
        for (int c = 0; c < out.size(); c++) {
            ClaimCandidate claim = out.get(c);
            if (claim.kind() != ClaimKind.DIRECT) {
                continue;
            }
            Segment seg = segments.get(claim.segmentIndex());
            if (seg.kind() != SegmentKind.BODY || seg.end() - seg.start() > SUBHEADING_CHARS
                    || quotesIn[seg.index()] != 1) {
                continue; // bounded: only a short paragraph is read again
            }
            paraQuotes.clear();
            paraQuotes.add(quotes.get(firstQuote[seg.index()]));
            int a = t.indexAt(seg.start());
            int b = t.indexAt(seg.end());
            int words = 0;
            boolean cue = false;
            for (int i = a; i < b; i++) {
                if (t.isWord(i)) {
                    words++;
                    cue |= !inQuoteText(i) && t.cue(i) != null;
                }
            }
            String para = text.substring(seg.start(), seg.end()).strip();
            char last = para.isEmpty() ? '.' : para.charAt(para.length() - 1);
            if (words > 15 || cue || last == '.' || last == '\u060C' || last == ',') {
                continue;
            }
            Mention speaker = null;
            Mention source = null;
            int colon = -1;
            for (int i = a; i < b && t.start(i) < claim.start(); i++) {
                if (!t.isWord(i) && t.charAt(i) == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon > a && !ctx.isLatin() && headlineParty(a, colon)) {
                speaker = ctx.organisationPhrase(a, colon);
                if (speaker == null) {
                    speaker = ctx.resolve(a, colon);
                }
                if (speaker == null) {
                    speaker = ctx.phrase(a, colon);
                }
            } else if (colon > a) {
                LexiconMatcher.Match m = ctx.registryAt(a, colon);
                speaker = m != null && m.from() == a ? ctx.mentionOf(m) : null;
            }
            if (speaker == null) {
                String key = TextKey.of(trimEllipsis(claim.quote()));
                int seen = 0;
                for (int l = c + 1; l < out.size() && seen < SUBHEADING_REACH && key.length() >= 8; l++) {
                    ClaimCandidate later = out.get(l);
                    if (later.kind() != ClaimKind.DIRECT || later.start() <= seg.end()) {
                        continue;
                    }
                    seen++;
                    if (later.speaker() != null && !later.flags().contains(ClaimFlag.SCARE_QUOTE)
                            && TextKey.of(later.quote()).contains(key)) {
                        speaker = later.speaker();
                        source = later.source();
                        break;
                    }
                }
            }
            if (speaker != null) {
                Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
                for (ClaimFlag f : claim.flags()) {
                    if (f != ClaimFlag.INFERRED_SPEAKER && f != ClaimFlag.NO_SPEAKER && f != ClaimFlag.ANONYMOUS_SPEAKER
                            && f != ClaimFlag.SCARE_QUOTE) {
                        flags.add(f);
                    }
                }
                out.set(c, claims.claimQuiet(ClaimKind.DIRECT, claim.start(), claim.end(), claim.cue(), speaker, source,
                        flags, Math.max(0.6, claim.confidence() - 0.1)));
            }
        }
    }

    /** Whether token {@code i} lies inside any quotation of the article. */
    private boolean inQuoteText(int i) {
        return insideAny(t.start(i));
    }

    /** "X عن …" before a headline's colon: the token of "عن" when one to three words stand before it, else -1. */
    private int aboutAt(int a, int colon) {
        for (int j = a + 1; j < colon && j <= a + 3; j++) {
            if (!t.isWord(j)) {
                return -1;
            }
            if ("عن".equals(t.key(j))) {
                return j;
            }
        }
        return -1;
    }

    /** An outlet with the preposition لـ between a headline's party and its colon. */
    private Mention headlineOutlet(int from, int colon) {
        for (int j = from; j < colon; j++) {
            LexiconMatcher.Match m = t.isWord(j) ? ctx.registryAt(j, colon) : null;
            if (m != null && m.clitic() > 0 && t.key(j).charAt(0) == 'ل'
                    && Channels.CHANNEL_TYPES.contains(m.alias().entry().type())) {
                return ctx.mentionOf(m);
            }
        }
        return null;
    }

    /**
     * An Arabic headline party the registry does not know: two to five words before the first colon,
     * no digit, no cue, no quotation, no preposition opening it (a place or a one-word label such as
     * "عاجل:" or "بالفيديو:" stays out).
     */
    private boolean headlineParty(int a, int colon) {
        int words = 0;
        for (int j = a; j < colon; j++) {
            if (!t.isWord(j) || insideAny(t.start(j))) {
                return false;
            }
            String k = t.key(j);
            if (t.cue(j) != null && j + 1 == colon || Character.isDigit(k.charAt(0)) || j == a && Words.STOP.contains(k)
                    || Words.COMPLEMENT.contains(k)) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 5;
    }

    /**
     * Arabic headline "بيتزي يؤكد أن السعودية ستلعب من أجل الفوز", "مونديال 2018: المدرب يقول إن …": a short subject
     * (after a label and its colon, if any), a present-tense cue and its complement; the clause is the
     * subject's reported claim.
     */
    private void headlineCueAr(Segment seg, int a, int b) {
        int sa = a;
        for (int k = a; k < b && k < a + 6; k++) {
            if (!t.isWord(k) && t.charAt(k) == ':') {
                sa = k + 1; // "مونديال 2018: …": the label before the colon is no subject
                break;
            }
        }
        for (int i = sa + 1; i < b && i <= sa + 4; i++) {
            if (!t.isWord(i)) {
                return;
            }
            if (!HEADLINE_CUES_AR.contains(t.key(i)) || i + 2 >= b || !Words.COMPLEMENT.contains(t.key(i + 1))) {
                continue;
            }
            int c = i + 2;
            if (terms.wordsIn(t.start(c), seg.end()) < 3) {
                return;
            }
            headlineClaim(seg, sa, i, c);
            return;
        }
    }

    /**
     * The rest of a headline from token {@code from}, trailing spaces left out, as the reported claim of the
     * subject between {@code subject} and the cue at {@code cue}; nothing when the subject names no one.
     */
    private void headlineClaim(Segment seg, int subject, int cue, int from) {
        Mention speaker = ctx.resolve(subject, cue);
        if (speaker == null) {
            return;
        }
        int e = seg.end();
        while (e > t.start(from) && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        claims.add(claims.claimQuiet(ClaimKind.REPORTED, t.start(from), e, t.key(cue), speaker, null,
                EnumSet.noneOf(ClaimFlag.class), 0.7));
    }

    /**
     * English headline "Australian woman claims Church imprisoned her", "UN chief says talks will resume":
     * a short subject, a present-tense cue, and the rest of the headline is that subject's reported claim.
     */
    private void headlineCue(Segment seg, int a, int b) {
        if (trailingHeadlineCue(a, b)) {
            return;
        }
        for (int i = a + 1; i < b && i <= a + 6; i++) {
            if (!t.isWord(i)) {
                return;
            }
            String k = t.key(i);
            if (!HEADLINE_CUES.contains(k)) {
                continue;
            }
            int c = i + 1;
            if (c < b && "that".equals(t.key(c))) {
                c++;
            }
            if (("claims".equals(k) || "claim".equals(k)) && !(c < b && (ctx.isCapitalized(c)
                    || Words.PRONOUN.contains(t.key(c)) || "the".equals(t.key(c)) || c > i + 1))) {
                return; // "Insurance claims rise": a noun
            }
            boolean denial = "denies".equals(k) || "deny".equals(k); // "Ebbers denies WorldCom fraud": the charge denied
            if (terms.wordsIn(c < b ? t.start(c) : seg.end(), seg.end()) < (denial ? 2 : 3)) {
                return;
            }
            headlineClaim(seg, a, i, c);
            return;
        }
    }

    /**
     * English headline "Fares to rise, say unions", "Talks will fail, warns minister": the words before the
     * comma are the claim of the short capitalised subject after a present-tense cue that ends the headline.
     */
    private boolean trailingHeadlineCue(int a, int b) {
        int end = b;
        while (end > a && !t.isWord(end - 1)) {
            end--;
        }
        for (int i = end - 2; i > a + 2 && i >= end - 5; i--) {
            if (!t.isWord(i)) {
                return false;
            }
            String k = t.key(i);
            if (!HEADLINE_CUES.contains(k)) {
                continue;
            }
            if (t.isWord(i - 1) || t.charAt(i - 1) != ',' || !ctx.isCapitalized(i + 1) || insideAny(t.start(a))) {
                return false;
            }
            int comma = i - 1;
            if (terms.wordsIn(t.start(a), t.start(comma)) < 3) {
                return false;
            }
            for (int w = a; w < comma; w++) {
                if (!t.isWord(w)) {
                    return false; // one clause before the comma, nothing quoted or listed
                }
            }
            Mention speaker = ctx.resolve(i + 1, end);
            if (speaker == null) {
                return false;
            }
            claims.add(claims.claimQuiet(ClaimKind.REPORTED, t.start(a), t.end(comma - 1), k, speaker, null,
                    EnumSet.noneOf(ClaimFlag.class), 0.7));
            return true;
        }
        return false;
    }

    private boolean insideAny(int offset) {
        for (Quote q : paraQuotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
