package com.quotedesk.extraction;

import java.util.EnumSet;
import java.util.Set;

/**
 * Source and channel resolution: the outlet, platform or publication named beside a cue through which the
 * words came ("في مقابلة مع قناة X", "قال لـCNN", "لوكالة فرانس برس", "على فيس بوك", "told CBC News",
 * "published in the Medical Journal of Australia"). Each finder returns the channel, or null (or, for the
 * addressee, the token after it).
 */
final class Channels {

    /** The party types a claim can come through: news outlets and statements. */
    static final Set<PartyType> CHANNEL_TYPES = EnumSet.of(PartyType.MEDIA, PartyType.STATEMENT);
    /** Nouns of an interview or remarks given to an outlet. */
    private static final Set<String> INTERVIEW = Words.set("مقابله", "حوار", "حديث", "تصريحات", "تصريح", "لقاء",
            "interview", "interviews", "remarks", "comments", "remarks", "speaking", "talking");
    /** Nouns and last words that make an unregistered name an outlet: "قناة الحوار", "al-Ikhbariya television". */
    private static final Set<String> OUTLET_WORD = Words.set("قناه", "صحيفه", "وكاله", "اذاعه", "موقع", "شبكه",
            "مجله", "television", "tv", "radio", "newspaper", "channel", "agency", "broadcaster", "network");
    private static final Set<String> PUBLISHED = Words.set("published", "posted", "printed", "appeared", "aired",
            "broadcast");
    private static final Set<String> PLACE_OF_POSTS = Words.set("site", "website", "board", "forum", "blog",
            "newsgroup", "page", "channel");

    private final ArticleContext ctx;
    private final Tokens t;
    private final QuotedTokens quoted;
    private final SpeakerPhrases phrases;

    Channels(ArticleContext ctx, QuotedTokens quoted, SpeakerPhrases phrases) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.quoted = quoted;
        this.phrases = phrases;
    }

    /**
     * "في مقابلة مع قناة X، قال", "X, in remarks to Y television, said": the outlet an interview or remarks
     * were given to, before the cue in its sentence, is the channel; a registry outlet, or a phrase headed or
     * ended by an outlet noun. Null when there is none.
     */
    Mention interviewChannel(int ss, int cueTok) {
        for (int k = Math.max(ss, cueTok - 20); k < cueTok; k++) {
            if (!t.isWord(k) || quoted.contains(k)) {
                continue;
            }
            String key = ArticleContext.norm(ArticleContext.stripConj(t.key(k)));
            if (!INTERVIEW.contains(key) && !(key.length() > 3 && key.charAt(0) == 'ب'
                    && INTERVIEW.contains(key.substring(1)))) {
                continue;
            }
            int j = k + 1;
            while (j < cueTok && j < k + 4 && t.isWord(j)) {
                String kj = t.key(j);
                if ("مع".equals(kj) || "to".equals(kj) || "with".equals(kj) || "اجراه".equals(kj)
                        || "اجرته".equals(kj) || "بثته".equals(kj) || "نشرته".equals(kj)) {
                    j++;
                    break;
                }
                if (kj.startsWith("ل") && kj.length() > 2) {
                    break; // "في تصريحات لـCNN", "في حديث لصحيفة X": the outlet word carries the preposition
                }
                if (!"a".equals(kj) && !"an".equals(kj) && !"the".equals(kj) && !"خاصه".equals(kj)
                        && !"صحفيه".equals(kj) && !"تلفزيونيه".equals(kj) && !"هاتفيه".equals(kj)) {
                    return null;
                }
                j++;
            }
            if (j >= cueTok || !t.isWord(j)) {
                return null;
            }
            String head0 = ArticleContext.norm(t.key(j));
            if (OUTLET_WORD.contains(head0) && j + 2 < cueTok && !t.isWord(j + 1)
                    && "\"«“".indexOf(t.charAt(j + 1)) >= 0) {
                for (int c = j + 2; c < cueTok && c <= j + 7; c++) {
                    if (!t.isWord(c)) {
                        return c > j + 2 && "\"»”".indexOf(t.charAt(c)) >= 0 ? ctx.phrase(j + 2, c) : null;
                    }
                }
                return null; // "في مقابلة مع قناة "إن تي في" الخاصة": the quoted name
            }
            int e = j;
            while (e < cueTok && e < j + 5 && t.isWord(e) && !quoted.contains(e) && t.cue(e) == null
                    && !(e > j && Words.STOP.contains(t.key(e)))) {
                e++;
            }
            LexiconMatcher.Match m = ctx.registryAt(j, e);
            if (m != null && m.from() == j && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                Mention outlet = ctx.mentionOf(m);
                ctx.note(outlet, j, m.to());
                return outlet;
            }
            String head = ArticleContext.norm(t.key(j));
            String bareHead = head.length() > 3 && head.charAt(0) == 'ل' ? head.substring(1) : head;
            if (e > j + 1 && (OUTLET_WORD.contains(head) || OUTLET_WORD.contains(bareHead)
                    || OUTLET_WORD.contains(t.key(e - 1)))) {
                return ctx.phrase(j, e);
            }
            return null;
        }
        return null;
    }

    /** "على"/"عبر" and a registered outlet or platform between the speaker and the complement. */
    Mention postedOn(int from, int comp) {
        for (int j = from; j + 1 < comp && j < from + 6; j++) {
            String k = t.key(j);
            if (("علي".equals(k) || "عبر".equals(k)) && t.isWord(j + 1)) {
                LexiconMatcher.Match m = ctx.registryAt(j + 1, comp);
                if (m != null && m.alias().entry().type() == PartyType.MEDIA) {
                    Mention outlet = ctx.mentionOf(m);
                    ctx.note(outlet, j + 1, m.to());
                    return outlet;
                }
            }
        }
        return null;
    }

    /** An outlet right after the cue with لـ ("قال لـCNN", "قالت لصحيفة X"): the addressee, not the speaker. */
    Mention addressedOutlet(int j, int npEnd) {
        if (j >= npEnd || !t.isWord(j) || t.key(j).charAt(0) != 'ل') {
            return null;
        }
        if ("ل".equals(t.key(j)) && j + 2 < t.size() && !t.isWord(j + 1) && t.isWord(j + 2)) {
            // "قالت لـ"سي.ان.ان: "…"": a mark opened before the outlet's name and never closed
            LexiconMatcher.Match m = ctx.registryAt(j + 2, Math.min(t.size(), j + 9));
            return m != null && m.from() == j + 2 && CHANNEL_TYPES.contains(m.alias().entry().type())
                    ? ctx.mentionOf(m) : null;
        }
        LexiconMatcher.Match m = ctx.registryAt(j, npEnd);
        boolean outlet = m != null && m.clitic() > 0 && CHANNEL_TYPES.contains(m.alias().entry().type());
        return outlet ? ctx.mentionOf(m) : null;
    }

    /** The token where an outlet addressed with لـ ends the phrase [from, to) ("… زيتون لرويترز"), or -1. */
    int outletAfterName(int from, int to) {
        for (int j = from; j < to && j < from + 8; j++) {
            LexiconMatcher.Match m = t.isWord(j) && t.key(j).startsWith("ل") ? ctx.registryAt(j, to) : null;
            if (m != null && m.clitic() > 0 && m.from() == j && (m.to() == to || m.to() == to - 1 && !t.isWord(to - 1))
                    && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                return j;
            }
        }
        return -1;
    }

    /** An outlet addressed with لـ between the speaker and the complement: the channel. */
    Mention toldOutlet(int from, int to) {
        for (int j = from; j < to && j < from + 8; j++) {
            LexiconMatcher.Match m = t.isWord(j) && t.key(j).startsWith("ل") ? ctx.registryAt(j, to) : null;
            if (m != null && m.clitic() > 0 && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                Mention outlet = ctx.mentionOf(m);
                ctx.note(outlet, j, m.to());
                return outlet;
            }
        }
        for (int j = from; j < to && j < from + 24; j++) {
            if (!t.isWord(j) || quoted.contains(j)) {
                continue;
            }
            String k = t.key(j);
            if (k.length() > 3 && k.startsWith("لل") && OUTLET_NOUN.contains(k.substring(2))) {
                Mention described = describedOutlet(j, to); // "وقالت ميركل للقناة الإسرائيلية العاشرة "…""
                if (described != null) {
                    return described;
                }
            }
            if (TOLD_OUTLET_NOUN.contains(k) || VIA.contains(k) && j + 1 < to && OUTLET_NOUN.contains(t.key(j + 1))) {
                // "أفاد فلان، …، لصحيفة "القبس" الكويتية، بأن", "في مقابلة عبر قناة X": the outlet named after it
                Mention named = ctx.outletNamed(TOLD_OUTLET_NOUN.contains(k) ? j + 1 : j + 2, to);
                if (named != null) {
                    return named;
                }
            }
            if (("ل".equals(k) || VIA.contains(k)) && j + 1 < to && t.isWord(j + 1)) {
                // "في بيان لـ CNN" (a space after لـ), "في مقابلة عبر CNN": a registry outlet
                LexiconMatcher.Match m = ctx.registryAt(j + 1, to);
                if (m != null && m.from() == j + 1 && m.clitic() == 0 && CHANNEL_TYPES.contains(m.alias().entry().type())) {
                    Mention outlet = ctx.mentionOf(m);
                    ctx.note(outlet, j + 1, m.to());
                    return outlet;
                }
            }
        }
        return null;
    }

    /**
     * An outlet told with "لل" and described by the words after it, not named: "للقناة الإسرائيلية العاشرة" is
     * "القناة الإسرائيلية العاشرة" (up to three words, ending at punctuation, a quotation, a cue or a stop word);
     * null when no word follows the noun.
     */
    private Mention describedOutlet(int j, int to) {
        int e = j + 1;
        while (e < to && e < j + 4 && t.isWord(e) && !quoted.contains(e) && !Words.STOP.contains(t.key(e))
                && t.cue(e) == null && !Words.COMPLEMENT.contains(t.key(e))) {
            e++;
        }
        if (e == j + 1) {
            return null;
        }
        int s = t.start(j) + 1; // after the preposition: "لقناة …" stands for "القناة …", whose alif "لل" drops
        String words = ctx.text.substring(s, t.end(e - 1));
        return new Mention(words, s, t.end(e - 1), "ا" + words, PartyType.MEDIA, false);
    }

    /** Prepositions of a broadcast or a publication: "عبر قناة X", "على شبكة X". */
    private static final java.util.Set<String> VIA = Words.set("عبر", "علي");

    /** Outlet nouns without a preposition, after {@link #VIA}. */
    private static final java.util.Set<String> OUTLET_NOUN = Words.forms(Words.OUTLET_NOUN_AR, java.util.List.of(""),
            "تلفزيون");

    /** An outlet noun with لـ: "لصحيفة"، "لوكالة"، "لقناة" … (the outlet's name follows). */
    private static final java.util.Set<String> TOLD_OUTLET_NOUN = Words.set("لصحيفه", "لوكاله", "لقناه", "لموقع",
            "لشبكه", "لاذاعه", "لمجله", "لتلفزيون", "بقناه", "بشبكه", "باذاعه", "بتلفزيون");

    /**
     * The channel named as the place of a publication or a post in the subject before the cue: "published
     * in the Medical Journal of Australia", "the message board for the … site Operation Clambake".
     */
    Mention publishedIn(int ss, int cueTok) {
        for (int k = ss; k < cueTok && k < ss + 40; k++) {
            if (!t.isWord(k) || quoted.contains(k)) {
                continue;
            }
            String key = t.key(k);
            int from = -1;
            if (PUBLISHED.contains(key) && k + 1 < cueTok && ("in".equals(t.key(k + 1)) || "on".equals(t.key(k + 1)))) {
                from = k + 2;
            } else if (PLACE_OF_POSTS.contains(key) && k + 1 < cueTok && ctx.isCapitalized(k + 1)) {
                from = k + 1;
            }
            if (from < 0) {
                continue;
            }
            if (from < cueTok && "the".equals(t.key(from))) {
                from++;
            }
            int e = from;
            while (e < cueTok && t.isWord(e) && (ctx.isCapitalized(e) || ("of".equals(t.key(e)) || "and".equals(t.key(e)))
                    && e + 1 < cueTok && ctx.isCapitalized(e + 1)) && !Words.isDay(t.key(e))) {
                e++;
            }
            if (e > from) {
                Mention m = ctx.resolve(from, e);
                if (m != null) {
                    return m.known() ? m : new Mention(m.text(), m.start(), m.end(), m.name(), PartyType.MEDIA, false);
                }
            }
        }
        return null;
    }

    /** Arabic verbs and participles of publishing: "دراسة نشرت في دورية «X»". */
    private static final Set<String> PUBLISHED_AR = Words.set("نشرت", "نشر", "نشرتها", "المنشوره", "منشوره",
            "الصادره", "صدرت");
    /** Periodicals whose title in quotation marks names the channel of what was published in them. */
    private static final Set<String> PERIODICAL_AR = Words.set("دوريه", "مجله", "صحيفه", "نشره");

    /**
     * "كشفت دراسة نشرت في دورية «X» أن": the periodical named in quotation marks in the speaker phrase,
     * before the complement, is the channel.
     */
    Mention publishedInAr(int from, int comp) {
        for (int k = from; k + 4 < comp && k < from + 6; k++) {
            if (t.isWord(k) && PUBLISHED_AR.contains(t.key(k)) && "في".equals(t.key(k + 1))
                    && PERIODICAL_AR.contains(ArticleContext.norm(t.key(k + 2))) && !t.isWord(k + 3)
                    && "\"«“".indexOf(t.charAt(k + 3)) >= 0) {
                for (int c = k + 4; c < comp && c <= k + 10; c++) {
                    if (!t.isWord(c)) {
                        return c > k + 4 && "\"»”".indexOf(t.charAt(c)) >= 0 ? ctx.phrase(k + 4, c) : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "told CBC News the department…": the addressee; a news outlet becomes the channel. */
    /** Last words of broadcast programme names told something ("told World Business Report that"). */
    private static final Set<String> PROGRAMME_TAIL = Words.set("report", "programme", "program", "show", "hour",
            "briefing", "bulletin", "tonight");

    /** Nouns of a broadcast programme followed by its name ("the BBC World Service programme Go Digital"). */
    private static final Set<String> PROGRAMME = Words.set("programme", "program", "show", "series", "podcast");

    /**
     * "told the BBC World Service programme Go Digital he hoped …": a capitalised broadcaster, a programme noun
     * and the programme's capitalised name; the name becomes the channel. The end of the name, else -1.
     */
    private int programmeNamed(Attribution att, int j, int se) {
        int e = j;
        while (e < se && e < j + 5 && ctx.isCapitalized(e) && !quoted.contains(e)) {
            e++;
        }
        if (e == j || e + 1 >= se || !t.isWord(e) || !PROGRAMME.contains(t.key(e))) {
            return -1;
        }
        int n = e + 1;
        while (n < se && n < e + 5 && ctx.isCapitalized(n) && !quoted.contains(n)) {
            n++;
        }
        if (n == e + 1) {
            return -1;
        }
        int s = t.start(e + 1);
        int end = t.end(n - 1);
        String name = ctx.text.substring(s, end);
        att.source = new Mention(name, s, end, name, PartyType.MEDIA, false);
        return n;
    }

    int addressee(Attribution att, int j, int se) {
        if (j >= se || !t.isWord(j)) {
            return j;
        }
        LexiconMatcher.Match m = ctx.registryAt(j, se);
        if (m != null) {
            Mention to = ctx.mentionOf(m);
            if (CHANNEL_TYPES.contains(to.type())) {
                att.source = to;
                ctx.note(to, j, m.to());
            }
            return m.to();
        }
        int e = j;
        while (e < se && ctx.isCapitalized(e)) {
            e++;
        }
        if (e > j) {
            Mention to = ctx.resolve(j, e);
            if (to != null && (phrases.isOutletName(j, e) || e - j >= 2 && PROGRAMME_TAIL.contains(t.key(e - 1)))) {
                att.source = new Mention(to.text(), to.start(), to.end(), to.name(), PartyType.MEDIA, false);
            }
            return e;
        }
        String k = t.key(j);
        int named = "the".equals(k) ? programmeNamed(att, j + 1, se) : -1;
        if (named > 0) {
            return named;
        }
        if ("the".equals(k) && j + 2 < se && ctx.isCapitalized(j + 1) && t.key(j + 1).endsWith("'s")
                && ctx.isCapitalized(j + 2)) {
            return addressee(att, j + 2, se); // "told the BBC's World Business Report": the programme is the channel
        }
        return Words.STOP.contains(k) || "him".equals(k) || "her".equals(k) || "reporters".equals(k)
                || "journalists".equals(k) || "them".equals(k) ? j + 1 : j;
    }
}
