package com.quotedesk.extraction;

import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each quotation of a body sentence its speaker: the cue it belongs to, a credit line, the voice of
 * the quotation before it, or the one speaking; and tells a term, a name or lyrics in quotation marks
 * (flagged as scare quotes) from reported words.
 */
final class QuotationClaims {

    private final ArticleContext ctx;
    private final Tokens t;
    private final List<Segment> segments;
    private final QuotedTokens quoted;
    private final QuoteTerms terms;
    private final SpeakerResolver speakers;
    private final Claims claims;

    private boolean prevEndsWithColon;
    private Mention prevQuoteSpeaker;
    private Mention prevQuoteSource;
    private int prevQuoteSegment = -1;
    private int prevQuoteTok = -1;
    private ClaimCandidate sentenceQuote;
    private int sentenceQuoteStart = Integer.MAX_VALUE;

    QuotationClaims(ArticleContext ctx, List<Segment> segments, QuotedTokens quoted, QuoteTerms terms,
            SpeakerResolver speakers, Claims claims) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.segments = segments;
        this.quoted = quoted;
        this.terms = terms;
        this.speakers = speakers;
        this.claims = claims;
    }

    void direct(Quote q, int qa, int ss, int se, List<Attribution> atts) {
        int qb = q.close() < 0 ? se : t.indexAt(q.close());
        Attribution att = cueFor(atts, qa, qb);
        Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        flags.addAll(q.flags());
        Mention speaker;
        Mention source;
        String cue = null;
        boolean inferred;
        int words = terms.wordsIn(q.start(), q.end());
        if (words <= 3 && att != null && detached(att, qa, qb)) {
            att = null; // "اصطحبها إلى «سوق العبيد»، …، وقالت سامنثا «…»": a term far from the cue is not its words
            flags.add(ClaimFlag.SCARE_QUOTE);
            speaker = null;
            source = null;
            inferred = false;
        } else if (terms.strayOpening(q) || terms.namedByNamingVerb(qa, att == null ? ss : Math.min(att.cueTok, qa), words)
                || words <= 2 && terms.nameAfterOrganisation(qa)
                || att == null && terms.creditTitle(q, segmentOf(q))) {
            flags.add(ClaimFlag.SCARE_QUOTE); // a stray mark, a name or a title: not a claim
            if (att != null && att.speaker != null && !att.inferred) {
                // "Matthew Ingram dubbed it «…». He characterized …": still the voice
                speakers.stillSpeaking(att.speaker, att.source);
            }
            att = null;
            speaker = null;
            source = null;
            inferred = false;
        } else if (terms.afterSinging(qa, quoted)) {
            flags.add(ClaimFlag.SCARE_QUOTE); // "مغنيا: «…»", "he sang '…'": lyrics are performed, not stated
            speaker = null;
            source = null;
            inferred = false;
        } else if (words <= 2 && terms.afterDemonstrative(qa)) {
            flags.add(ClaimFlag.SCARE_QUOTE); // "هذه «الخلوة»", "this 'reform'": the term is mentioned, not said
            speaker = null;
            source = null;
            inferred = false;
        } else if (att != null) {
            speaker = att.speaker;
            source = att.source;
            inferred = att.inferred;
            cue = claims.cueText(att.cueTok);
        } else if (qa == quoted.from() && (speaker = creditAfter(q)) != null) {
            source = null; // "“…” - Matthew Ingram", "“…” Anonymous blogger, “Title”": the credit line names it
            inferred = false;
        } else if (q.continues() && prevQuoteSpeaker != null) {
            speaker = prevQuoteSpeaker;
            source = prevQuoteSource;
            inferred = false;
        } else if (prevQuoteSpeaker != null && prevQuoteSegment == q.segment() && startsSentence(qa, ss)) {
            speaker = prevQuoteSpeaker; // "«…,» Smith added. «We will rebuild.»": the same voice goes on
            source = null; // with no cue of its own, the channel named in the earlier sentence is not cited again
            inferred = true;
            if (ctx.isLatin() && speakers.lastSpeaker() != null && speakers.lastClaimTok() > prevQuoteTok
                    && speakers.lastClaimTok() >= quoted.from()) {
                speaker = speakers.lastSpeaker(); // "«…,» said A. Prints cost less, said B. «…»": B goes on
                source = speakers.lastSource();
            }
        } else if ((words <= 3 || q.single()) && sentenceQuote != null && sentenceQuoteStart >= t.start(ss)) {
            speaker = sentenceQuote.speaker();
            source = sentenceQuote.source();
            inferred = sentenceQuote.flags().contains(ClaimFlag.INFERRED_SPEAKER);
        } else if (words <= 3 || q.single()) {
            flags.add(ClaimFlag.SCARE_QUOTE);
            speaker = null;
            source = null;
            inferred = false;
        } else if (prevEndsWithColon && qa == quoted.from() && speakers.lastSpeaker() != null) {
            speaker = speakers.lastSpeaker();
            source = speakers.lastSource();
            inferred = false;
        } else {
            speaker = speakers.firstParty(ss, se);
            source = null;
            inferred = true;
            if (speaker == null) {
                Attribution carried = new Attribution(qa, Words.Cue.SAY);
                speakers.carryOver(carried);
                speaker = carried.speaker;
                source = carried.source;
            }
        }
        ClaimCandidate c = claims.claim(ClaimKind.DIRECT, q.start(), q.end(), cue, speaker, source, inferred, flags,
                t.indexAt(q.start()));
        if (!flags.contains(ClaimFlag.SCARE_QUOTE)) {
            prevQuoteSpeaker = speaker;
            prevQuoteSource = source;
            prevQuoteSegment = q.segment();
            prevQuoteTok = t.indexAt(q.start());
            sentenceQuote = c;
            sentenceQuoteStart = c.start();
        }
        claims.add(c);
    }

    /**
     * A short quotation the cue does not introduce: the cue comes more than a few tokens after it
     * ("…«سوق العبيد»، وجدت سعاد، وقالت سامنثا", a trailing "…، كما أعلن المنظمون"), so the words are a
     * term of the narration, not the speaker's. (A cue before it may frame it: وصفها بأنها «تصادمية».)
     */
    private Segment segmentOf(Quote q) {
        Segment seg = q.segment() < segments.size() ? segments.get(q.segment()) : null;
        if (seg != null && seg.index() == q.segment()) {
            return seg;
        }
        for (Segment s : segments) {
            if (s.index() == q.segment()) {
                return s;
            }
        }
        return new Segment(q.segment(), q.open(), q.open(), SegmentKind.BODY);
    }

    /**
     * A quotation opening its paragraph and followed by a credit: an optional dash and a short capitalised
     * name that ends the paragraph or is followed by a comma and the quoted title of the piece.
     */
    private Mention creditAfter(Quote q) {
        if (q.close() < 0 || !ctx.isLatin()) {
            return null;
        }
        int pe = t.indexAt(segmentOf(q).end());
        int k = t.indexAt(q.close()) + 1;
        while (k < pe && !t.isWord(k) && !quoted.contains(k) && "-\u2013\u2014".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k >= pe || !t.isWord(k) || quoted.contains(k) || !ctx.isCapitalized(k)) {
            return null;
        }
        int e = k;
        while (e < pe && e < k + 5 && t.isWord(e) && !quoted.contains(e) && !Words.STOP.contains(t.key(e)) && t.cue(e) == null) {
            e++;
        }
        boolean ends = e >= pe || !t.isWord(e) && t.charAt(e) == ',' && e + 1 < pe && quoted.contains(e + 1);
        return ends ? ctx.resolve(k, e) : null;
    }

    private boolean detached(Attribution att, int qa, int qb) {
        boolean inClause = ctx.isLatin() && att.clauseStart >= 0 && att.clauseStart <= qa && att.clauseEnd >= qb;
        return att.cueTok > qb && att.cueTok - qb - 1 > 4 && !inClause; // inside the words the cue reports, it is theirs
    }

    /**
     * The cue a quotation belongs to: the nearest one before it in the sentence, else the first one
     * after it ("…," said X), else any. Cues come in text order, so the search is a bisection.
     */
    private static Attribution cueFor(List<Attribution> atts, int qa, int qb) {
        int lo = 0;
        int hi = atts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atts.get(mid).cueTok < qa) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) {
            Attribution a = atts.get(k);
            if (!a.channelOnly && (a.cue != Words.Cue.ACCORDING || a.clauseStart < 0 || a.clauseStart <= qa)) {
                return a;
            }
        }
        for (int k = lo; k < atts.size() && k < lo + 4; k++) {
            Attribution a = atts.get(k);
            if (!a.channelOnly && a.cueTok > qb && a.cue != Words.Cue.ACCORDING && !reportsWordsAfter(a, qb)) {
                return a;
            }
        }
        for (int k = 0; k < atts.size() && k < 4; k++) {
            if (!atts.get(k).channelOnly && !reportsWordsAfter(atts.get(k), qb)) {
                return atts.get(k);
            }
        }
        return null;
    }

    /** "«…,» Prints cost less …, said X.": a trailing cue whose own words follow the quotation is not its cue. */
    private static boolean reportsWordsAfter(Attribution a, int qb) {
        return a.clauseStart > qb && a.clauseEnd >= 0 && a.clauseEnd <= a.cueTok;
    }

    private boolean startsSentence(int qa, int ss) {
        for (int i = ss; i < qa; i++) {
            if (t.isWord(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the paragraph read last ended with a colon: a quotation opening the next one is its words. */
    void paragraphRead(boolean endsWithColon) {
        prevEndsWithColon = endsWithColon;
    }
}
