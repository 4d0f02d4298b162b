package com.quotedesk.extraction;

import com.quotedesk.extraction.QuoteScanner.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body paragraphs sentence by sentence, finds the attribution cues outside quotations and
 * turns them into claims: each quotation gets the cue nearest before it in its sentence (or after it,
 * "…," said X), each cue with a complement ("قال X إن …", "X said the …") gives a reported clause, and
 * "وفقا لـ"/"according to" gives the channel or, alone, the speaker of its sentence. A cue without a
 * name continues the one speaking (flagged inferred); captions and credits are never read, so they
 * never interrupt that chain.
 *
 * <p>This class only walks paragraphs, sentences and cues; each family of rules is its own class:
 * {@link CueFilter} (which cue words attribute), {@link ArabicSpeechCues}, {@link EnglishSpeechCues},
 * {@link NominalCues} and {@link RelayCues} (one cue read into an {@link Attribution}), {@link Channels}
 * (the outlet a cue names), {@link SpeakerResolver} (a cue without a name, and who spoke before),
 * {@link QuotationClaims} and {@link Claims} (the claims themselves), {@link Headlines} (titles and
 * subheadings, read last).
 */
final class Attributor {

    private final ArticleContext ctx;
    private final Tokens t;
    private final List<Segment> segments;
    private final List<Quote> quotes;
    private final QuotedTokens quoted;
    private final QuoteTerms terms;
    private final CueFilter cues;
    private final SpeakerResolver speakers;
    private final Channels channels;
    private final ArabicSpeechCues arabic;
    private final EnglishSpeechCues english;
    private final NominalCues nominals;
    private final RelayCues relays;
    private final Claims claims;
    private final QuotationClaims quotations;
    private final Headlines headlines;

    /** Start of the previous sentence read, for a claim continued by "وأنه …" opening the next one. */
    private int prevSentenceStart = -1;
    private int nextQuote;
    private final List<Quote> paraQuotes = new ArrayList<>();

    Attributor(ArticleContext ctx, List<Segment> segments, List<Quote> quotes) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.segments = segments;
        this.quotes = quotes;
        this.quoted = new QuotedTokens(ctx.tokens);
        SpeakerPhrases phrases = new SpeakerPhrases(ctx, quoted::contains);
        this.terms = new QuoteTerms(ctx);
        this.terms.countShortQuotes(quotes);
        this.cues = new CueFilter(ctx);
        this.speakers = new SpeakerResolver(ctx, quoted, phrases);
        this.channels = new Channels(ctx, quoted, phrases);
        this.arabic = new ArabicSpeechCues(ctx, quoted, speakers, channels);
        this.english = new EnglishSpeechCues(ctx, quoted, phrases, speakers, channels);
        this.nominals = new NominalCues(ctx, quoted, phrases, speakers);
        this.relays = new RelayCues(ctx, quoted, phrases, speakers);
        this.claims = new Claims(ctx, segments, quoted, speakers);
        this.quotations = new QuotationClaims(ctx, segments, quoted, terms, speakers, claims);
        this.headlines = new Headlines(ctx, segments, quotes, terms, claims);
    }

    List<ClaimCandidate> run() {
        int qi = 0;
        for (Segment seg : segments) {
            paraQuotes.clear();
            while (qi < quotes.size() && quotes.get(qi).segment() < seg.index()) {
                qi++;
            }
            while (qi < quotes.size() && quotes.get(qi).segment() == seg.index()) {
                paraQuotes.add(quotes.get(qi++));
            }
            if (seg.kind() == SegmentKind.BODY) {
                paragraph(seg);
            }
        }
        headlines.subheadings();
        List<ClaimCandidate> out = claims.all();
        List<ClaimCandidate> body = new ArrayList<>(out);
        for (Segment seg : segments) {
            if (seg.kind() == SegmentKind.TITLE) {
                headlines.headline(seg, body);
            }
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : x.kind().compareTo(y.kind()));
        return out;
    }

    // ---- paragraphs and sentences -------------------------------------------------------------

    private void paragraph(Segment seg) {
        int a = t.indexAt(seg.start());
        int b = t.indexAt(seg.end());
        paraQuotes.removeIf(q -> terms.isNameInQuotes(q, t.indexAt(q.open())));
        paraQuotes.sort((x, y) -> Integer.compare(x.open(), y.open()));
        nextQuote = 0;
        quoted.mark(a, b, paraQuotes);
        int ss = a;
        java.util.BitSet closesSentence = ctx.isLatin() ? quotedSentenceEnds(a, b) : new java.util.BitSet();
        for (int i = a; i < b; i++) {
            if (closesSentence.get(i - a)
                    || !t.isWord(i) && !quoted.contains(i) && isSentenceEnd(t.charAt(i))
                    && !insideAbbreviation(t, i, b)) {
                sentence(ss, i + 1);
                ss = i + 1;
            }
        }
        if (ss < b) {
            sentence(ss, b);
        }
        quotations.paragraphRead(b > a && !t.isWord(b - 1) && t.charAt(b - 1) == ':');
    }

    /**
     * English: a quotation closing on its own full stop ("… each other.") followed by a new capitalised
     * sentence ("However, …") ends the sentence at the closing mark; not when the next words attribute it
     * ("… life." Eastman said).
     */
    private java.util.BitSet quotedSentenceEnds(int a, int b) {
        java.util.BitSet ends = new java.util.BitSet();
        for (Quote q : paraQuotes) {
            if (q.close() < 0) {
                continue;
            }
            int c = t.indexAt(q.close());
            if (c - 1 <= a || c + 1 >= b || t.isWord(c - 1) || !isSentenceEnd(t.charAt(c - 1))) {
                continue;
            }
            int n = c + 1;
            if (t.isWord(n) && ctx.isCapitalized(n) && t.cue(n) == null && (n + 1 >= b || !attributesBack(n + 1, b))
                    && (n + 2 >= b || !attributesBack(n + 2, b))) {
                ends.set(c - a);
            }
        }
        return ends;
    }

    /**
     * A cue right after a closed quotation attributes it ("… life." Eastman said) unless it opens a clause
     * of its own ("…." AK had insisted it was …, "…." She said that …).
     */
    private boolean attributesBack(int k, int b) {
        if (t.cue(k) == null) {
            return false;
        }
        String next = k + 1 < b && t.isWord(k + 1) ? t.key(k + 1) : null;
        return next == null || !Words.PRONOUN.contains(next) && !"that".equals(next);
    }

    /** "سي.إن.إن", "U.S.": a full stop with a letter right after it abbreviates, it does not end a sentence. */
    static boolean insideAbbreviation(Tokens t, int i, int b) {
        return t.charAt(i) == '.' && i + 1 < b && t.isWord(i + 1) && t.start(i + 1) == t.end(i);
    }

    static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F';
    }

    private void sentence(int ss, int se) {
        if (!ctx.isLatin()) {
            speakers.noteOutlets(ss, se);
        }
        List<Attribution> atts = new ArrayList<>(2);
        for (int i = ss; i < se; i++) {
            if (!t.isWord(i) || quoted.contains(i) || i < relays.readUntil()) {
                continue;
            }
            Words.Cue cue = t.cue(i);
            if (!ctx.isLatin() && (cue == null || cue == Words.Cue.STANDS_IN) && cues.replies(i, ss, se, quoted)) {
                cue = Words.Cue.SAY; // "فرد X «…»", "ورد X على Y بالقول إن": a reply verb before words said
            }
            if (cue == null && ctx.isLatin()) {
                Attribution words = nominals.inTheWordsOf(i, se);
                if (words == null) {
                    words = nominals.ownedSpeechNoun(i, ss, se);
                }
                if (words == null) {
                    words = nominals.forecast(i, ss, se);
                }
                if (words == null) {
                    words = nominals.voicedView(i, ss, se);
                }
                if (words != null) {
                    atts.add(words);
                }
                continue;
            }
            if (cue == null && !ctx.isLatin()) {
                Attribution nominal = nominals.nominalAr(i, ss, se, atts);
                if (nominal != null) {
                    atts.add(nominal);
                }
                continue;
            }
            if (cue == null || !cues.accepts(i, cue, se) || cues.embedded(i, cue, ss, atts)) {
                Attribution owned = cue != null && ctx.isLatin() ? nominals.ownedSpeechNoun(i, ss, se) : null;
                if (owned != null) {
                    atts.add(owned); // "his claims that …": the cue word is a noun with its owner
                }
                continue;
            }
            Attribution att = attribute(i, cue, ss, se, atts);
            if (att != null) {
                atts.add(att);
            }
        }
        Mention relayed = null;
        for (Attribution att : atts) {
            if (att.cue == Words.Cue.RELAY && att.source != null) {
                relayed = att.source; // "It quoted critics …, with Boswell stating:": the channel stays
            } else if (relayed != null && att.source == null) {
                att.source = relayed;
            }
        }
        for (int k = 0; k < atts.size(); k++) {
            Attribution att = atts.get(k);
            if (att.clauseStart >= 0) {
                int next = nextCue(atts, k, se);
                att.clauseEnd = Math.min(att.clauseEnd < 0 ? se : att.clauseEnd, next);
            }
        }
        while (nextQuote < paraQuotes.size()) {
            Quote q = paraQuotes.get(nextQuote);
            int qa = t.indexAt(q.open());
            if (qa >= se) {
                break;
            }
            nextQuote++;
            if (qa >= ss) {
                quotations.direct(q, qa, ss, se, atts);
            }
        }
        for (Attribution att : atts) {
            if (att.clauseStart >= 0) {
                claims.reported(att);
            }
        }
        if (atts.isEmpty() && !ctx.isLatin()) {
            Attribution continued = speakers.continuedClause(ss, se, prevSentenceStart);
            if (continued != null) {
                claims.reported(continued);
            }
        }
        if (speakers.lastClaimTok() < ss) {
            for (Attribution att : atts) {
                if (!att.channelOnly && !att.inferred && att.speaker != null && att.cue != Words.Cue.ACCORDING
                        && att.speaker.type() == PartyType.PERSON && att.speaker.known()) {
                    // "وذكر ترامب الملف النووي بين الأسباب …. وقال «…»": who spoke without a claim speaks on
                    speakers.stillSpeaking(att.speaker, att.source);
                }
            }
        }
        speakers.noteMentions(ss, se, atts);
        prevSentenceStart = ss;
    }

    private int nextCue(List<Attribution> atts, int index, int se) {
        Attribution att = atts.get(index);
        for (int k = index + 1; k < atts.size(); k++) {
            Attribution o = atts.get(k);
            if (o.nested && !att.nested) {
                continue; // "… أن ما ذكره X بأن …": the inner report does not end the outer one
            }
            if (o.cueTok > att.clauseStart) {
                int e = o.cueTok;
                while (e > att.clauseStart && (!t.isWord(e - 1) || "و".equals(t.key(e - 1))
                        || "and".equals(t.key(e - 1)) || "but".equals(t.key(e - 1)))) {
                    e--;
                }
                int coord = ctx.isLatin() && e == o.cueTok ? CueFilter.coordinatorBefore(t, e, att.clauseStart) : -1;
                if (coord > att.clauseStart) {
                    e = coord; // "… earners but on Wednesday said …": the time words belong to the next cue
                }
                if (ctx.isLatin() && e == o.cueTok) {
                    e = concessionBefore(e, att.clauseStart); // "said this was …, though he recognised that …"
                }
                if (o.cue == Words.Cue.ACCORDING && o.clauseStart < 0 || o.cue != Words.Cue.ACCORDING) {
                    return e;
                }
            }
        }
        return se;
    }

    /**
     * "…, though he recognised that …": the comma before a concessive connective and a pronoun right before
     * the cue at {@code e} (that subject and connective open the next report), else {@code e}.
     */
    private int concessionBefore(int e, int from) {
        int k = e - 1;
        if (k > from && t.isWord(k) && Words.PRONOUN.contains(t.key(k))) {
            k--;
        }
        if (k <= from || !t.isWord(k) || !Words.EN_CONCESSIVE.contains(t.key(k))) {
            return e;
        }
        while (k > from && !t.isWord(k - 1) && !quoted.contains(k - 1)) {
            k--;
        }
        return k;
    }

    // ---- one cue ------------------------------------------------------------------------------

    private Attribution attribute(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        Attribution att = switch (cue) {
            case ACCORDING -> relays.according(i, ss, se, atts);
            case RELAY -> relays.relay(i, ss, se, atts);
            case STANDS_IN -> relays.standsIn(i, se);
            default -> ctx.isLatin() ? english.speechEn(i, cue, ss, se, atts) : arabic.speechAr(i, cue, ss, se, atts);
        };
        if (att != null && att.source == null && att.speaker != null && !att.inferred
                && (cue == Words.Cue.SAY || cue == Words.Cue.ADD || cue == Words.Cue.DESCRIBE)) {
            att.source = channels.interviewChannel(ss, i);
        }
        return att;
    }
}
