package com.quotedesk.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attribution without a verb of speech: Arabic nouns of speech ("تصريحات X أن", "قوله إن", "ما ذكره X بأن"),
 * the English "in the words of X", owned nouns of saying ("the IFS' predictions that"), "forecasts <noun
 * phrase>" and "expressed the hope that". Read for the words that are not cues.
 */
final class NominalCues {

    /** English nouns of saying that take a that-clause: "the IFS' predictions that …", "his allegations that …". */
    private static final Set<String> OWNED_SPEECH_NOUNS = Words.set("allegations", "allegation", "predictions",
            "prediction", "assertions", "assertion", "accusations", "accusation", "warnings", "warning", "claims", "claim");

    /** Possessive pronouns before a noun of saying: the owner is the person named before in the sentence. */
    private static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his", "her", "their", "its");

    /** English verbs that voice a view: "expressed the hope that …", "voiced fears that …". */
    private static final Set<String> VOICED = Words.set("expressed", "expresses", "voiced", "voices");

    /** The views voiced with a that-clause. */
    private static final Set<String> VIEW_NOUNS = Words.set("hope", "hopes", "view", "belief", "fear", "fears",
            "concern", "concerns", "confidence", "doubt", "doubts", "optimism", "regret");

    /** English "forecast(s)": a verb of saying only between a subject and its object ("Nestle forecasts growth …"). */
    private static final Set<String> FORECAST = Words.set("forecast", "forecasts");

    /** English concessions after a comma that end a forecast: "…, although it warned that …". */
    private static final Set<String> CONCESSION = Words.set("although", "though", "but", "while");

    /** The nouns of speech, bare and after the conjunction و/ف, as keys stand in the text. */
    private static final Set<String> SPEECH_NOUN_FORMS = withConjunction(Words.SPEECH_NOUN, Words.SPEECH_POSSESSIVE);

    private final ArticleContext ctx;
    private final Tokens t;
    private final QuotedTokens quoted;
    private final SpeakerPhrases phrases;
    private final SpeakerResolver speakers;
    /** Per distinct word: 0 not looked up yet, 1 no noun of speech, 2 a noun of speech. */
    private byte[] nounForm;

    NominalCues(ArticleContext ctx, QuotedTokens quoted, SpeakerPhrases phrases, SpeakerResolver speakers) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.quoted = quoted;
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /**
     * Arabic nouns of speech that attribute: "تصريحات رئيس الوزراء X أن …" (the noun opens its phrase, a
     * speaker and a complement follow), "وختم المصدر تصريحه بأن …" / "إضافة إلى قوله إن …" (the noun with
     * its owner's pronoun right before the complement: the owner is the verb's subject or the sentence's
     * speaker), "أن ما ذكره X بأن …" (a report nested in another cue's clause).
     */
    Attribution nominalAr(int i, int ss, int se, List<Attribution> atts) {
        String prev = i > ss && t.isWord(i - 1) ? t.key(i - 1) : null;
        if (!"ما".equals(prev) && !speechNounForm(i)) {
            return null; // read for every word that is not a cue: the answer is kept per distinct word
        }
        String k = ArticleContext.stripConj(t.key(i));
        for (Attribution a : atts) {
            if (a.clauseStart > i || a.cueTok < i && a.clauseStart < 0 && a.cue == Words.Cue.RELAY) {
                return null; // "نقلت تاس عن كيم قوله إن": the relay reads it
            }
        }
        if (Words.SPEECH_POSSESSIVE.contains(k) && i + 1 < se && Words.COMPLEMENT.contains(t.key(i + 1))) {
            Attribution att = new Attribution(i, Words.Cue.SAY);
            int words = 0;
            for (int j = ss + 1; j < i; j++) {
                if (!t.isWord(j) || quoted.contains(j) || Words.STOP.contains(t.key(j)) || t.cue(j) != null) {
                    words = -1;
                    break;
                }
                words++;
            }
            Mention owner = words >= 1 && words <= 5 && t.isWord(ss) ? ctx.resolve(ss + 1, i) : null;
            if (owner != null) {
                att.speaker = owner; // "وختم المصدر المسؤول تصريحه بأن"
                ctx.note(owner, ss + 1, i);
            } else {
                speakers.fillSpeaker(att, i, ss, atts);
            }
            att.clauseStart = i + 2;
            return att;
        }
        boolean relative = "ما".equals(prev) && k.length() > 3 && k.endsWith("ه")
                && Words.cue(k.substring(0, k.length() - 1), ctx.lang) == Words.Cue.SAY;
        if (!Words.SPEECH_NOUN.contains(k) && !relative) {
            return null;
        }
        if (!relative && prev != null && Words.STOP.contains(prev)) {
            return null; // "في تصريحات لـCNN": a circumstance, not the subject
        }
        int comp = -1;
        int npEnd = -1;
        for (int j = i + 1; j < se && j < i + 12; j++) {
            if (quoted.contains(j) || t.isWord(j) && t.cue(j) != null) {
                return null;
            }
            String kj = t.key(j);
            if (kj != null && Words.COMPLEMENT.contains(kj)) {
                comp = j;
                break;
            }
            if (npEnd < 0 && (kj == null || Words.STOP.contains(kj))) {
                if (!relative) {
                    return null;
                }
                npEnd = j; // "ما ذكره الرئيس الفرنسي في مقابلة تلفزيونية بأن"
            }
        }
        if (comp < 0) {
            return null;
        }
        if (npEnd < 0) {
            npEnd = comp;
        }
        Mention speaker = npEnd > i + 1 ? ctx.resolve(i + 1, npEnd) : null;
        if (speaker == null) {
            return null;
        }
        ctx.note(speaker, i + 1, npEnd);
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = speaker;
        att.nested = relative;
        att.clauseStart = comp + 1;
        if (!relative) {
            for (int j = comp + 1; j < se; j++) {
                if (!t.isWord(j) && !quoted.contains(j) && (t.charAt(j) == '\u060C' || t.charAt(j) == ',')) {
                    att.clauseEnd = j; // the noun phrase is a subject: its clause ends at the comma
                    break;
                }
            }
        }
        return att;
    }

    /** "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…"": the name speaks the quotation after it. */
    Attribution inTheWordsOf(int i, int se) {
        if (!"words".equals(t.key(i)) || i < 2 || i + 2 >= se || !"the".equals(t.key(i - 1)) || !"in".equals(t.key(i - 2))
                || !"of".equals(t.key(i + 1))) {
            return null;
        }
        int e = i + 2;
        while (e < se && e < i + 16 && !quoted.contains(e) && !(t.isWord(e) && t.cue(e) != null)
                && (t.isWord(e) || t.charAt(e) == ',' || t.charAt(e) == '.')) {
            e++;
        }
        while (e > i + 2 && !t.isWord(e - 1)) {
            e--;
        }
        Mention speaker = null;
        int c = i + 2;
        for (int k = i + 2; k <= e && speaker == null; k++) {
            if (k == e || !t.isWord(k) && t.charAt(k) == ',') {
                if (k > c && phrases.isNameChunk(c, k)) {
                    speaker = ctx.resolve(c, k); // the name among the comma-set chunks
                }
                c = k + 1;
            }
        }
        if (speaker == null && e > i + 2) {
            speaker = ctx.resolve(i + 2, e);
        }
        if (speaker == null) {
            return null;
        }
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = speaker;
        return att;
    }

    /**
     * An English noun of saying with its owner and a that-clause: "the Institute for Fiscal Studies' predictions
     * that Labour will …" (the owner speaks), "Victor Conte … following his allegations that he gave …" (the
     * pronoun's owner is the name nearest before it). A noun without an owner ("claims by the trade that …", "the
     * claims made about him") reports nothing.
     */
    Attribution ownedSpeechNoun(int i, int ss, int se) {
        if (!OWNED_SPEECH_NOUNS.contains(t.key(i)) || i - 1 <= ss || i + 2 >= se || !"that".equals(t.key(i + 1))
                || quoted.contains(i - 1)) {
            return null;
        }
        Mention owner;
        if (t.isWord(i - 1) && POSSESSIVE_PRONOUNS.contains(t.key(i - 1))) {
            int k = i - 2;
            while (k >= ss && !(t.isWord(k) && !quoted.contains(k) && ctx.isCapitalized(k) && k > ss)) {
                k--;
            }
            owner = k > ss ? ctx.resolve(ss, k + 1) : null; // the capitalised name nearest before the pronoun
        } else if (t.isWord(i - 1) && (t.key(i - 1).endsWith("'s") || t.key(i - 1).endsWith("\u2019s"))) {
            owner = ctx.resolve(ss, i); // "Conte's allegations that"
        } else if (!t.isWord(i - 1) && (t.charAt(i - 1) == '\'' || t.charAt(i - 1) == '\u2019') && t.isWord(i - 2)
                && t.key(i - 2).endsWith("s") && t.end(i - 2) == t.start(i - 1)) {
            owner = ctx.resolve(ss, i - 1); // "the Institute for Fiscal Studies' predictions that"
        } else {
            return null;
        }
        if (owner == null) {
            return null;
        }
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = owner;
        att.clauseStart = i + 2;
        att.passing = true;
        return att;
    }

    /**
     * "Looking forward, Nestle forecasts organic earnings growth of about 5% in 2005, although it warned …",
     * "the report forecast total growth of 3.6% …": the forecast is the object, up to a comma and a concession.
     * Not a cue word (it is mostly a noun: "Forecasts for Japanese growth were cut", "growth forecasts slipping"),
     * so only this reading is given to it.
     */
    Attribution forecast(int i, int ss, int se) {
        if (!FORECAST.contains(t.key(i)) || i - 1 < ss || i + 2 >= se || !t.isWord(i - 1) || !t.isWord(i + 1)
                || quoted.contains(i + 1)) {
            return null;
        }
        String prev = t.key(i - 1);
        boolean subject = !Words.EN_DETERMINER.contains(prev)
                && (Words.PRONOUN.contains(prev) || ctx.isCapitalized(i - 1) || "report".equals(prev));
        if (!subject || Words.STOP.contains(t.key(i + 1)) || ctx.isCapitalized(i + 1)) {
            return null;
        }
        int k = i - 1;
        while (k - 1 > ss && t.isWord(k - 1) && (ctx.isCapitalized(k - 1) || "the".equals(t.key(k - 1)))) {
            k--;
        }
        Attribution att = new Attribution(i, Words.Cue.SAY);
        att.speaker = Words.PRONOUN.contains(prev) ? speakers.lastSpeaker() : ctx.resolve(k, i);
        att.inferred = Words.PRONOUN.contains(prev);
        att.clauseStart = i + 1;
        for (int j = i + 2; j + 1 < se; j++) {
            if (!t.isWord(j) && t.charAt(j) == ',' && !quoted.contains(j) && CONCESSION.contains(t.key(j + 1))) {
                att.clauseEnd = j;
                break;
            }
        }
        return att;
    }

    /**
     * "Stone expressed the hope that Alexander might be better appreciated": a view voiced by the subject, its
     * that-clause reported.
     */
    Attribution voicedView(int i, int ss, int se) {
        if (!VOICED.contains(t.key(i)) || i - 1 < ss || !t.isWord(i - 1)) {
            return null;
        }
        int n = i + 1;
        while (n < se && n < i + 3 && t.isWord(n) && Words.EN_DETERMINER.contains(t.key(n))) {
            n++;
        }
        if (n + 2 >= se || !VIEW_NOUNS.contains(t.key(n)) || !"that".equals(t.key(n + 1))) {
            return null;
        }
        Attribution att = new Attribution(i, Words.Cue.SAY);
        if (Words.PRONOUN.contains(t.key(i - 1))) {
            att.speaker = speakers.lastSpeaker();
            att.inferred = true;
        } else {
            int k = i - 1;
            while (k - 1 >= ss && t.isWord(k - 1) && ctx.isCapitalized(k - 1)) {
                k--;
            }
            att.speaker = ctx.isCapitalized(i - 1) ? ctx.resolve(k, i) : null;
        }
        if (att.speaker == null) {
            return null;
        }
        att.clauseStart = n + 2;
        return att;
    }

    private static Set<String> withConjunction(Set<String> nouns, Set<String> possessives) {
        Set<String> forms = new HashSet<>();
        for (Set<String> words : List.of(nouns, possessives)) {
            for (String w : words) {
                forms.add(w);
                forms.add("و" + w);
                forms.add("ف" + w);
            }
        }
        return Words.set(forms.toArray(new String[0]));
    }

    /** Whether word {@code i} is a noun of speech, bare or after و/ف; looked up once per distinct word. */
    private boolean speechNounForm(int i) {
        if (nounForm == null) {
            nounForm = new byte[t.distinctKeys()];
        }
        int id = t.id(i);
        if (nounForm[id] == 0) {
            nounForm[id] = SPEECH_NOUN_FORMS.contains(t.key(i)) ? (byte) 2 : (byte) 1;
        }
        return nounForm[id] == 2;
    }
}
