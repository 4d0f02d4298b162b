package com.quotedesk.extraction;

import java.util.EnumSet;
import java.util.List;

/**
 * The cues that pass words on: "وفقا لـ"/"according to" (the channel of the sentence's other cues or, alone,
 * the speaker of its sentence), "نقلت X عن Y"/"X quoted Y" (channel X, speaker Y) and "جاء في" (the words
 * stand in a document).
 */
final class RelayCues {

    private final ArticleContext ctx;
    private final Tokens t;
    private final String text;
    private final QuotedTokens quoted;
    private final SpeakerPhrases phrases;
    private final SpeakerResolver speakers;
    private int readUntil;

    RelayCues(ArticleContext ctx, QuotedTokens quoted, SpeakerPhrases phrases, SpeakerResolver speakers) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.text = ctx.text;
        this.quoted = quoted;
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** Nouns that make the party after "بحسب/وفقا لـ" an outlet: "وكالة أنباء X", "صحيفة X". */
    private static final java.util.Set<String> OUTLET_HEAD = Words.forms(Words.OUTLET_NOUN_AR, java.util.List.of("", "ل"));

    /** "وبحسب الشرطة فإن …": the "then that" opening the vouched-for clause ends the party before it. */
    private static final java.util.Set<String> THEN_THAT = Words.set("فان", "فانه", "فانها", "فانهم", "فانهما");

    Attribution according(int i, int ss, int se, List<Attribution> atts) {
        int j = i + 1;
        String k = t.key(i);
        if ("according".equals(k)) {
            j = i + 2;
        } else {
            String n = j < se ? t.key(j) : null;
            if ("ما".equals(n) || "لما".equals(n)) {
                j += 2;
            } else if (k.endsWith("ما") && n != null && t.cue(j) != null) {
                j++;
            }
            n = j < se ? t.key(j) : null;
            if (n != null && n.startsWith("عن") && n.length() <= 5 && j + 1 < se && t.isWord(j + 1)) {
                j++; // "بحسب ما نقلت عنه وكالة X": the relay's "عنه" points back to the speaker
                n = t.key(j);
            }
            if (n != null && (Words.SAYING.contains(n) || n.startsWith("تعبير") || n.startsWith("روايت")
                    || n.equals("وصفه") || n.equals("قوله"))) {
                return null; // "حسب قوله": confirms the one speaking
            }
            if ("وصف".equals(n) || "تعبير".equals(n)) {
                j++;
            }
        }
        int e = scanParty(j, se);
        if (ctx.isLatin() && !(e < se && !t.isWord(e) && t.charAt(e) == ',')) {
            int cap = capitalisedParty(j, se); // no comma after the party: its capitalised name ends it
            if (cap > j) {
                e = cap;
            }
        }
        if (e <= j) {
            return null;
        }
        Mention party = null;
        if (ctx.isLatin()) {
            for (int c = j + 1; c < e; c++) {
                String key = t.key(c);
                if (key != null && !ctx.isCapitalized(c) && ("by".equals(key) || key.endsWith("ed") || "made".equals(key)
                        || "written".equals(key) || "seen".equals(key) || "sent".equals(key))) {
                    party = ctx.resolve(j, c); // "an Internet posting made just over 24 hours ago": the posting
                    if (party != null) {
                        int comma = e;
                        while (comma < se && comma < e + 8 && t.isWord(comma) && !quoted.contains(comma)) {
                            comma++;
                        }
                        if (comma < se && !t.isWord(comma) && t.charAt(comma) == ',') {
                            e = comma; // "… made late on Friday, the coach …": the clause starts after the comma
                        }
                    }
                    break;
                }
            }
        }
        if (party == null) {
            party = ctx.resolve(j, e);
        }
        if (party == null) {
            return null;
        }
        ctx.note(party, j, e);
        Mention channel = Channels.CHANNEL_TYPES.contains(party.type()) ? party : null;
        if (channel == null && !ctx.isLatin() && OUTLET_HEAD.contains(ArticleContext.norm(t.key(j)))) {
            int name = j + 1 < se && "انباء".equals(t.key(j + 1)) ? j + 2 : j + 1;
            // "بحسب ما نقلت عنه وكالة أنباء «X»": X, the agency; "وكالة الأنباء الكويتية": the whole name
            Mention outlet = j + 1 < se && "الانباء".equals(t.key(j + 1)) ? null : ctx.outletNamed(name, se);
            channel = outlet != null ? outlet
                    : new Mention(party.text(), party.start(), party.end(), party.name(), PartyType.MEDIA, false);
            party = channel;
        }
        if (e < se && t.isWord(e) && Words.STATEMENT.contains(t.key(e))) {
            channel = statementOf(party, e);
        }
        // "According to X, …" opening the sentence, or "has learned that according to X, …"
        boolean leading = atts.isEmpty() && (i - ss <= 2 || i > ss && Words.COMPLEMENT.contains(t.key(i - 1)));
        return accordingAttribution(i, ss, se, atts, e, party, channel, leading);
    }

    /**
     * "According to the Saudi Interior Ministry over 345 pilgrims …" (no comma): the party is a
     * capitalised name (with of/and/for inside) right after "to" and "the"; -1 when none.
     */
    private int capitalisedParty(int j, int se) {
        int k = j;
        if (k < se && t.isWord(k) && ("the".equals(t.key(k)) || "a".equals(t.key(k)))) {
            k++;
        }
        int from = k;
        while (k < se && t.isWord(k) && !quoted.contains(k) && (ctx.isCapitalized(k)
                || ("of".equals(t.key(k)) || "and".equals(t.key(k)) || "for".equals(t.key(k)))
                && k + 1 < se && ctx.isCapitalized(k + 1))) {
            k++;
        }
        if (k == from || k >= se || !t.isWord(k) || ctx.isCapitalized(k)) {
            return -1; // a comma or the sentence end follows: the general scan reads it
        }
        return k;
    }

    private int scanParty(int j, int se) {
        int e = j;
        while (e < se && e < j + 10 && !quoted.contains(e)) {
            String key = t.key(e);
            if (key == null) {
                char c = t.charAt(e);
                if (c == ',' || c == '\u060C' || Attributor.isSentenceEnd(c) && !Attributor.insideAbbreviation(t, e, se) || c == ':'
                        || c == '\u2013' || c == '\u2014') {
                    break; // "بحسب "سي.إن.إن"،": the dots inside a name do not end it
                }
            } else if (e > j && !gluedToDot(e) && (Words.STOP.contains(key) || t.cue(e) != null
                    || Words.STATEMENT.contains(key) || Words.COMPLEMENT.contains(key) || THEN_THAT.contains(key))) {
                break;
            }
            e++;
        }
        return e;
    }

    /** A word glued to a dot before it ("سي.إن.إن", "U.S."): a letter group of a dotted name. */
    private boolean gluedToDot(int e) {
        return e > 0 && !t.isWord(e - 1) && t.charAt(e - 1) == '.' && t.start(e) == t.end(e - 1);
    }

    private Attribution accordingAttribution(int i, int ss, int se, List<Attribution> atts, int e, Mention party,
            Mention channel, boolean leading) {
        if (!leading) {
            boolean applied = false;
            for (Attribution o : atts) {
                if (o.cue != Words.Cue.ACCORDING) {
                    applied = true;
                    if (o.source == null) {
                        o.source = channel;
                    }
                }
            }
            if (applied) {
                Attribution mark = new Attribution(i, Words.Cue.ACCORDING);
                mark.channelOnly = true; // kept so that the clauses before it end here
                return mark;
            }
            Attribution att = new Attribution(i, Words.Cue.ACCORDING);
            att.speaker = party;
            att.source = channel;
            att.clauseStart = ss;
            int end = i;
            while (end > ss && !t.isWord(end - 1)) {
                end--;
            }
            att.clauseEnd = end;
            return att;
        }
        Attribution att = new Attribution(i, Words.Cue.ACCORDING);
        att.speaker = party;
        att.source = channel;
        int c = e < se && t.isWord(e) && Words.STATEMENT.contains(t.key(e)) ? e + 1 : e; // "according to a memo,"
        while (c < se && !t.isWord(c) && !quoted.contains(c)) {
            c++;
        }
        if (c < se && t.cue(c) == Words.Cue.RELAY) {
            int ye = c + 1;
            while (ye < se && ye < c + 14 && (t.isWord(ye) || t.charAt(ye) == '(' || t.charAt(ye) == ')')) {
                ye++;
            }
            Mention spoke = ctx.resolve(c + 1, ye);
            if (spoke != null) {
                ctx.note(spoke, c + 1, ye);
                att.source = party;
                att.speaker = spoke;
            }
            readUntil = ye;
            c = ye;
            while (c < se && !t.isWord(c) && !quoted.contains(c)) {
                c++;
            }
        }
        if (c < se && ("فان".equals(t.key(c)) || "ان".equals(t.key(c)))) {
            c++;
        }
        att.clauseStart = c;
        return att;
    }

    /** "وفقا لما ذكرته الولايات المتحدة إفادة": the party's statement as the channel. */
    private Mention statementOf(Mention party, int tok) {
        String name = party.name() + " statement";
        Mention m = ctx.lexicon.lookup(name).map(en -> new Mention(text.substring(t.start(tok), t.end(tok)),
                t.start(tok), t.end(tok), en.name(), en.type(), true)).orElse(null);
        return m != null ? m : new Mention(text.substring(t.start(tok), t.end(tok)), t.start(tok), t.end(tok), name,
                PartyType.STATEMENT, false);
    }

    Attribution relay(int i, int ss, int se, List<Attribution> atts) {
        Attribution att = new Attribution(i, Words.Cue.RELAY);
        if (ctx.isLatin()) {
            int p = i - 1;
            Mention channel = null;
            if (p >= ss && t.isWord(p) && Words.PRONOUN.contains(t.key(p))) {
                channel = ctx.lastOfType(i, Channels.CHANNEL_TYPES);
            } else if (p >= ss) {
                int s = phrases.backNp(p + 1, ss);
                channel = s <= p ? ctx.resolve(s, p + 1) : null;
            }
            att.source = channel;
            if (channel != null && channel.start() >= 0) {
                ctx.note(channel, t.indexAt(channel.start()), t.indexAt(channel.end()));
            }
            int e = i + 1;
            while (e < se && e < i + 10 && t.isWord(e) && !Words.STOP.contains(t.key(e))) {
                e++;
            }
            att.speaker = e > i + 1 ? ctx.resolve(i + 1, e) : null;
            if (att.speaker == null) {
                speakers.fillSpeaker(att, i, ss, atts);
            }
            return att;
        }
        int an = i + 1;
        while (an < se && !"عن".equals(t.key(an))) {
            an++;
        }
        Mention channel = an > i + 1 ? ctx.resolve(i + 1, an) : null;
        if (channel != null) {
            ctx.note(channel, i + 1, an);
        }
        int ye = an + 1;
        while (ye < se && ye < an + 12 && !quoted.contains(ye) && t.key(ye) != null && !Words.SAYING.contains(t.key(ye))
                && !Words.COMPLEMENT.contains(t.key(ye))) {
            ye++;
        }
        Mention spoke = ye > an + 1 ? ctx.resolve(an + 1, ye) : null;
        if (spoke != null) {
            ctx.note(spoke, an + 1, ye);
        }
        if (channel == null && !atts.isEmpty()) {
            Attribution prev = atts.get(atts.size() - 1);
            if (spoke != null) {
                if (prev.source == null && prev.speaker != null) {
                    prev.source = prev.speaker;
                }
                prev.speaker = spoke;
                prev.inferred = false;
            }
            return null;
        }
        att.speaker = spoke;
        att.source = channel;
        if (spoke == null) {
            speakers.fillSpeaker(att, i, ss, atts);
        }
        int c = ye;
        while (c < se && (!t.isWord(c) && !quoted.contains(c) || t.isWord(c) && (Words.SAYING.contains(t.key(c))
                || Words.SKIP.contains(t.key(c))))) {
            c++;
        }
        if (c < se && t.isWord(c) && Words.COMPLEMENT.contains(t.key(c))) {
            att.clauseStart = c + 1;
        }
        return att;
    }

    Attribution standsIn(int i, int se) {
        Attribution att = new Attribution(i, Words.Cue.STANDS_IN);
        int e = i + 2;
        while (e < se && e < i + 12 && t.isWord(e) && !Words.COMPLEMENT.contains(t.key(e))) {
            e++;
        }
        int nameEnd = e;
        while (nameEnd > i + 3 && Words.SKIP.contains(t.key(nameEnd - 1))) {
            nameEnd--; // "جاء في التقرير أيضا أن"
        }
        att.speaker = nameEnd > i + 2 ? ctx.resolve(i + 2, nameEnd) : null;
        if (!ctx.isLatin() && e < se && e > i + 2 && t.isWord(e) && Words.COMPLEMENT.contains(t.key(e))) {
            att.clauseStart = e + 1; // "جاء في الكتاب أن …": the words after the complement stand in the document
        }
        if (att.speaker == null) {
            Mention owner = ctx.lastOfType(i, EnumSet.of(PartyType.ORGANISATION));
            if (owner == null) {
                owner = ctx.lastOfType(i, EnumSet.of(PartyType.GOVERNMENT));
            }
            att.speaker = owner;
            att.inferred = owner != null;
        }
        return att;
    }

    /** Tokens before this index were read as the speaker relayed after a leading "وفقا لـX، نقلت عن Y". */
    int readUntil() {
        return readUntil;
    }
}
