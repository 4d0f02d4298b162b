package com.quotedesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Arabic verbs of speech ("قال X إن …", "أكدت مصادر أن …", "الصحيفة قالت إن …", "…، كما أعلن المنظمون"):
 * the speaker after the cue or before it, its complement and so the reported clause, and the channel the
 * words were given to.
 */
final class ArabicSpeechCues {

    private final ArticleContext ctx;
    private final Tokens t;
    private final QuotedTokens quoted;
    private final SpeakerResolver speakers;
    private final Channels channels;

    ArabicSpeechCues(ArticleContext ctx, QuotedTokens quoted, SpeakerResolver speakers, Channels channels) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.quoted = quoted;
        this.speakers = speakers;
        this.channels = channels;
    }

    /** Verbs of announcing and revealing whose claim is an "عن" phrase ("أعلن عن نقل …", "كشف عن سعي …"). */
    private static final Set<String> ANNOUNCE_ABOUT = Words.set("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "كشف",
            "كشفت", "كشفوا", "يكشف", "تكشف");

    /** A name or an identity as the object of the cue ("لم تذكر اسمها", "لم يكشف هويته"). */
    private static final Set<String> NAME_OBJECT = Words.set("اسمه", "اسمها", "اسمهم", "اسماءهم", "اسمائهم",
            "هويته", "هويتها", "هويتهم");

    /**
     * A cue written with the passive's damma on one of its first two letters ("اتُّهِم", "اتُهِمت", "نُقل",
     * "ذُكر"): the noun after it is the one spoken of, not a speaker. Read only where the copy marks it.
     */
    private boolean passive(int i) {
        String raw = ctx.text.substring(t.start(i), t.end(i));
        int conj = !raw.isEmpty() && (raw.charAt(0) == '\u0648' || raw.charAt(0) == '\u0641') ? 1 : 0; // و/ف
        int letters = 0;
        for (int k = 0; k < raw.length() && letters <= 2 + conj; k++) {
            char c = raw.charAt(k);
            if (c == '\u064F' && letters >= 1 + conj) {
                // on the first or second letter, not the last: "يقولُ" and "قالُوا" mark no passive
                return k + 1 < raw.length() && raw.charAt(k + 1) != '\u0648';
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return false;
    }

    /**
     * Present forms read as the impersonal passive when the complement follows at once ("يُعتقد أن", "يُرجح
     * أن", "يُتوقع أن", "يُقال إن"): no subject stands after them, and one before is a registry party.
     */
    private static final Set<String> IMPERSONAL = Words.set("يعتقد", "يرجح", "يتوقع", "يقال", "يفترض");

    /** A registry party ends right before token {@code i} ("… الكرملين يعتقد أن"). */
    private boolean partyEndsAt(int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            LexiconMatcher.Match m = t.isWord(k) ? ctx.registryAt(k, i) : null;
            if (m != null && m.to() == i) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that open the circumstance of a statement ("في بيان", "عبر حسابه", "خلال مؤتمر"). */
    private static final Set<String> CIRCUMSTANCE_PREP = Words.set("في", "عبر", "خلال");

    /**
     * Tokens {@code [from, to)} are a circumstance after the subject: a preposition of circumstance and words,
     * with no punctuation, quotation, cue or complement ("في تغريدة عبر صفحته الرسمية").
     */
    private boolean circumstanceBetween(int from, int to) {
        if (!t.isWord(from) || !CIRCUMSTANCE_PREP.contains(t.key(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!t.isWord(k) || quoted.contains(k) || t.cue(k) != null || Words.COMPLEMENT.contains(t.key(k))) {
                return false;
            }
        }
        return true;
    }

    Attribution speechAr(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        if (Words.NOTED.contains(t.key(i)) && i + 1 < se && Words.COMPLEMENT.contains(t.key(i + 1))) {
            return null; // "ويذكر أن …": the writer's background, nobody is quoted
        }
        if (i + 1 < se && t.isWord(i + 1) && NAME_OBJECT.contains(t.key(i + 1))) {
            return null; // "عن مصادر لم تذكر اسمها": the name is withheld, nothing is said
        }
        if (passive(i)) {
            return null; // "واتُهِمت السعودية بأنها …": the one accused is no speaker
        }
        if (IMPERSONAL.contains(ArticleContext.stripConj(t.key(i))) && i + 1 < se && Words.COMPLEMENT.contains(t.key(i + 1))
                && !partyEndsAt(i)) {
            return null; // "مواقع يعتقد بأنه يتم …" (it is believed that): nobody is quoted
        }
        Attribution att = new Attribution(i, cue);
        int limit = Math.min(se, i + 24);
        String bare = ArticleContext.stripConj(t.key(i));
        boolean participle = Words.PARTICIPLE.contains(t.key(i)) || Words.PARTICIPLE.contains(bare);
        int npEnd = -1;
        int comp = -1;
        for (int j = i + 1; j < limit; j++) {
            if (quoted.contains(j)) {
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
            String k = t.key(j);
            if (k == null) {
                if (t.charAt(j) == ':') {
                    comp = j;
                    if (npEnd < 0) {
                        npEnd = j;
                    }
                    break;
                }
                continue;
            }
            if (Words.COMPLEMENT.contains(k)) {
                comp = j;
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
            if (npEnd < 0 && j > i + 1 && (Words.STOP.contains(k) || t.cue(j) != null)) {
                npEnd = j;
            }
            if (j > i + 1 && t.cue(j) != null && t.cue(j) != Words.Cue.ACCORDING && t.cue(j) != Words.Cue.CHANT
                    && !Words.NEGATING_NOUN.contains(t.key(j - 1))) {
                break; // "أعلنت عن مقتل … ونفت أن": the complement belongs to the next cue
            }
            if (npEnd < 0 && j > i + 1 && cue == Words.Cue.DESCRIBE
                    && !Words.TITLE.contains(ArticleContext.norm(t.key(i + 1))) && ctx.registryAt(j, limit) != null) {
                npEnd = j; // "اتهمت حكومات متعددة بيونغ يانغ": the object is the registry name
            }
            if (npEnd < 0 && j > i + 1 && addressee(j, limit)) {
                npEnd = j; // "وقال X لمحاوره", "أكد X لأحد مساعديه إنه": the one spoken to ends the speaker
            }
            if (npEnd < 0 && j == i + 1 && Words.STOP.contains(k)) {
                npEnd = j;
            }
            if (j > i + 1 && Words.SPEECH_POSSESSIVE.contains(ArticleContext.stripConj(k)) && j + 1 < limit
                    && Words.COMPLEMENT.contains(t.key(j + 1))) {
                break; // "اتهم المصدر X بـ…، إضافة إلى قوله إن": the complement belongs to "قوله"
            }
            if (("الي".equals(k) || "علي".equals(k) || "عن".equals(k)) && j + 1 < limit
                    && Words.COMPLEMENT.contains(t.key(j + 1))) {
                comp = j + 1;
                break;
            }
            if (j == i + 1 && participle && "الي".equals(k) && bare.contains("شير") && j + 1 < limit
                    && t.isWord(j + 1) && !quoted.contains(j + 1) && !Words.STOP.contains(t.key(j + 1))) {
                comp = j; // "مشيرا إلى إصابة رجلين": what the participle points to is the claim
                npEnd = j;
                break;
            }
            boolean atNpEnd = j == (npEnd < 0 ? j : npEnd)
                    || j == i + 2 && t.key(i + 1) != null && t.key(i + 1).startsWith("ايا"); // "داعيا إياه إلى"
            if (j > i + 1 && j == npEnd && "في".equals(k) && SEE.contains(bare) && j + 2 < limit && t.isWord(j + 1)
                    && !quoted.contains(j + 1) && !Words.COMPLEMENT.contains(t.key(j + 1))) {
                comp = j - 1; // "رأت طهران في إقالة الوزير إشارة إلى …": what is seen in it is the claim, "في" included
                break;
            }
            if (atNpEnd && "علي".equals(k) && URGE.contains(bare) && j + 1 < limit && t.isWord(j + 1)
                    && !quoted.contains(j + 1) && !Words.STOP.contains(t.key(j + 1))
                    && !Words.COMPLEMENT.contains(t.key(j + 1)) && !"الا".equals(t.key(j + 1))) {
                comp = j; // "حثت X على مواصلة …": what is urged is the claim ("على ألا" is a complement)
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
            if ("عن".equals(k) && npEnd > i + 1 && j > npEnd && j - npEnd <= 8 && ANNOUNCE_ABOUT.contains(bare)
                    && circumstanceBetween(npEnd, j) && j + 1 < limit && t.isWord(j + 1) && !quoted.contains(j + 1)
                    && !Words.STOP.contains(t.key(j + 1))) {
                comp = j; // "أعلن الاتحاد في تغريدة عبر صفحته الرسمية عن نقل …": the circumstance, then the claim
                break;
            }
            if (atNpEnd && ("علي".equals(k) && (bare.contains("شدد") || bare.contains("اكد"))
                    || "عن".equals(k) && (bare.contains("كشف") || bare.contains("اعرب") || bare.contains("علن"))
                    || "الي".equals(k) && (bare.startsWith("دع") || bare.startsWith("يدع") || bare.startsWith("داع"))
                    && j + 1 < limit && t.isWord(j + 1) && !quoted.contains(j + 1)
                    && !Words.STOP.contains(t.key(j + 1)))) {
                comp = j; // "شددت على أهمية …", "كشف … عن سعي …": the noun phrase is the claim
                if (npEnd < 0) {
                    npEnd = j;
                }
                break;
            }
        }
        if (npEnd < 0) {
            npEnd = comp >= 0 ? comp : limit;
        }
        int subjectStart = -1;
        int subjectEnd = -1;
        Mention speaker = null;
        if (cue == Words.Cue.DESCRIBE && !participle && (subjectStart = subjectBefore(i, ss)) >= 0) {
            subjectEnd = subjectEnd(subjectStart, i);
            speaker = ctx.resolve(subjectStart, subjectEnd); // "علي خامنئي اتهم الولايات المتحدة بـ": X is the object
        }
        Mention addressed = channels.addressedOutlet(i + 1, npEnd);
        Mention toldBeforeQuote = null;
        if (speaker == null && addressed == null && npEnd > i + 2
                && (comp == npEnd || comp < 0 && npEnd < se && quoted.contains(npEnd))) {
            // "قال القيادي X لرويترز "…"", "وقال السير تيم لبي بي سي إن": X speaks, the outlet carries it
            int o = channels.outletAfterName(i + 2, npEnd);
            if (o > i + 1) {
                LexiconMatcher.Match om = ctx.registryAt(o, npEnd);
                toldBeforeQuote = ctx.mentionOf(om);
                ctx.note(toldBeforeQuote, o, om.to());
                npEnd = o;
            }
        }
        if (speaker == null && addressed == null && !participle && AUXILIARY.contains(firstWord(ss, i))
                && (subjectStart = subjectBefore(i, ss)) >= 0) {
            subjectEnd = subjectEnd(subjectStart, i); // "وكان الرئيس فلان أعلن حظر …": the subject after the auxiliary
            speaker = ctx.resolve(subjectStart, subjectEnd);
            if (speaker == null) {
                subjectStart = -1;
            }
        }
        if (speaker == null && addressed == null) {
            subjectStart = -1;
            speaker = npEnd > i + 1 && !participle ? ctx.resolve(i + 1, npEnd) : null;
        }
        if (speaker == null && !participle && comp > npEnd) {
            speaker = apposition(npEnd, comp); // "قال مساعد السويد في الأمم المتحدة، كارل سكاو، إن"
        }
        if (speaker != null && !speaker.known() && !participle && subjectStart < 0
                && Words.TITLE.contains(ArticleContext.norm(t.key(i + 1)))) {
            Mention named = commaSetPerson(i + 1, npEnd); // "أفاد رئيس الاتحاد الكويتي لأصحاب …، فلان الفلاني، بأن"
            if (named != null) {
                speaker = named;
            }
        }
        if (speaker != null && !participle && comp > npEnd && ArticleContext.isSpokes(t.key(i + 1))) {
            Mention ranked = rankedName(npEnd, comp); // "المتحدث باسم X في اليمن العقيد تركي المالكي أن"
            if (ranked != null) {
                speaker = ranked;
            }
        }
        if (!participle && comp > npEnd + 2 && subjectStart < 0 && Words.TITLE.contains(ArticleContext.norm(t.key(i + 1)))
                && (speaker == null || speaker.type() != PartyType.PERSON)) {
            Mention placed = nameAfterPlace(npEnd, comp); // "مراسل X في أمريكا الشمالية فلان الفلاني إن"
            if (placed != null) {
                speaker = placed;
            }
        }
        if (speaker == null && !participle && i - 1 > ss && RELATIVE.contains(t.key(i - 1))) {
            int[] np = antecedent(i - 1, ss);
            if (np != null && (speaker = ctx.resolve(np[0], np[1])) != null) {
                subjectStart = np[0]; // "مع فلان، الذي قال إنه …": the relative clause speaks for the noun before it
                subjectEnd = np[1];
            }
        }
        if (speaker == null && !participle) {
            subjectStart = subjectBefore(i, ss);
            if (subjectStart >= 0) {
                subjectEnd = subjectEnd(subjectStart, i);
                speaker = ctx.resolve(subjectStart, subjectEnd); // "صحيفة لوموند الفرنسية أشارت إلى أن"
            }
        }
        if (speaker != null) {
            ctx.note(speaker, subjectStart >= 0 ? subjectStart : i + 1, subjectStart >= 0 ? subjectEnd : npEnd);
        }
        boolean anaphor = false;
        if (speaker != null && speaker.type() == PartyType.ANONYMOUS && subjectStart < 0 && i + 1 < se
                && DEFINITE_ONE.contains(t.key(i + 1)) && speakers.lastSpeaker() != null
                && speakers.lastSpeaker().type() == PartyType.PERSON) {
            speaker = speakers.lastSpeaker(); // "وأضاف المسؤول الكويتي أن" after the official was named: that person
            anaphor = true;
        }
        att.speaker = speaker;
        if (anaphor && cue == Words.Cue.ADD) {
            att.source = speakers.lastSource(); // "وأضاف" continues the same report, through the same channel
        }
        if (speaker == null) {
            speakers.fillSpeaker(att, i, ss, atts);
            if (participle) {
                att.inferred = false;
            }
        }
        if (comp > i + 2 && att.source == null && speaker != null) {
            att.source = channels.toldOutlet(i + 2, comp); // "قال مصدر أمني لوكالة فرانس برس إن"
        }
        if (comp < 0 && npEnd > i + 2 && npEnd < se && quoted.contains(npEnd) && att.source == null && speaker != null) {
            att.source = channels.toldOutlet(i + 2, npEnd); // "وقالت ميركل للقناة الإسرائيلية العاشرة "…""
        }
        if (addressed != null && att.source == null) {
            att.source = addressed; // "مسؤول آخر بالحركة قال لـCNN إن": told the outlet
        }
        if (toldBeforeQuote != null && att.source == null) {
            att.source = toldBeforeQuote;
        }
        if (att.source == null && comp > npEnd && npEnd > i) {
            att.source = channels.postedOn(npEnd, comp); // "كتب الدفاع المدني على فيس بوك إن": the platform
        }
        if (att.source == null && comp > npEnd && npEnd > i) {
            att.source = channels.publishedInAr(i + 1, comp); // "دراسة نشرت في دورية «X» أن": the periodical
        }
        if (att.source == null && cue == Words.Cue.ADD && speaker != null && speakers.lastSpeaker() != null
                && speaker.name().equals(speakers.lastSpeaker().name())) {
            att.source = speakers.lastSource(); // "وأضاف العتيبي" after his words through an agency: the same report
        }
        // وصف X بأنه "…" frames its quotation; "يصف X الوضع بأنه أشبه بـ…" with unquoted words reports them
        boolean frames = cue == Words.Cue.DESCRIBE && !reportsObject(t.key(i))
                && !(comp >= 0 && t.isWord(comp) && Words.COMPLEMENT.contains(t.key(comp)) && comp + 2 < se
                && t.isWord(comp + 1) && !quoted.contains(comp + 1) && !quoted.contains(comp + 2));
        boolean colonQuote = comp >= 0 && !t.isWord(comp) && comp + 1 < se && quoted.contains(comp + 1)
                || comp >= 0 && !t.isWord(comp) && comp + 2 < se && !t.isWord(comp + 1) && quoted.contains(comp + 2);
        if (comp >= 0 && !frames && !colonQuote && (t.isWord(comp) || cue != Words.Cue.CHANT)) {
            att.clauseStart = comp + 1;
            if (participle && bare.startsWith("داع") && "الي".equals(t.key(comp)) && comp > i + 1 && comp <= i + 4
                    && !t.key(i + 1).startsWith("ايا")) {
                att.clauseStart = i + 1; // "داعياً جميع العمال إلى العودة": the ones called on and the call
            }
        } else if (comp < 0 && cue == Words.Cue.DESCRIBE && reportsObject(t.key(i))) {
            att.clauseStart = speaker != null ? npEnd : i + 1;
        } else if (comp < 0 && speaker != null && trailing(i, ss, se)) {
            att.clauseStart = ss; // "…، كما أعلن المنظمون", "تزايد الضغط …، كتبت صحيفة X": the words come first
            att.clauseEnd = i - 1;
        }
        return att;
    }

    /**
     * A definite singular "the official" ("المسؤول الكويتي"): the person who spoke last, when that was a named
     * person; "المصدر" stays the unnamed source it refers back to.
     */
    private static final java.util.Set<String> DEFINITE_ONE = Words.set("المسؤول");

    /** A sentence-initial auxiliary before its subject and verb: "وكان X أعلن …". */
    private static final java.util.Set<String> AUXILIARY = Words.set("كان", "وكان", "كانت", "وكانت");

    /** The key of the first word of the sentence before {@code i}, or "". */
    private String firstWord(int ss, int i) {
        for (int k = ss; k < i; k++) {
            if (t.isWord(k)) {
                return t.key(k);
            }
        }
        return "";
    }

    /** Relative pronouns: a cue right after one has the noun phrase before it as its subject. */
    private static final java.util.Set<String> RELATIVE = Words.set("الذي", "التي", "الذين", "اللذين", "اللتين");

    /**
     * The noun phrase that a relative pronoun at {@code rel} refers to: up to five words right before it (a
     * comma between is skipped), from the first title word among them if there is one ("بينهم الرئيس فلان
     * الفلاني الذي يقول"), else from the first of them; {start, end} or null.
     */
    private int[] antecedent(int rel, int ss) {
        int e = rel;
        if (e - 1 > ss && !t.isWord(e - 1) && (t.charAt(e - 1) == '\u060C' || t.charAt(e - 1) == ',')) {
            e--;
        }
        int a = e;
        while (a - 1 >= ss && a > e - 5 && t.isWord(a - 1) && !quoted.contains(a - 1) && t.cue(a - 1) == null
                && !Words.STOP.contains(t.key(a - 1))) {
            a--;
        }
        if (a == e) {
            return null;
        }
        for (int k = a; k < e; k++) {
            if (Words.TITLE.contains(ArticleContext.norm(t.key(k)))) {
                return new int[] {k, e};
            }
        }
        return new int[] {a, e};
    }

    /** Forms of "saw/sees" (رأى) whose "في X Y" (saw in X a Y) is the claim. */
    private static final java.util.Set<String> SEE = Words.set("راي", "رات", "يري", "تري", "راوا", "يرون");

    /** Forms of "urged" (حث، حض) whose "على" + verbal noun is the claim. */
    private static final java.util.Set<String> URGE = Words.set("حث", "حثت", "يحث", "تحث", "حض", "حضت", "يحض",
            "تحض", "حثوا", "وحث", "فحث", "وحض");

    /** Quantifiers after لـ that open an addressee phrase ("لأحد مساعديه", "لبعض الصحفيين"). */
    private static final java.util.Set<String> ADDRESSEE_HEAD = Words.set("لاحد", "لبعض", "لعدد", "لمجموعه");

    /**
     * A word with the preposition لـ that names someone spoken to: a registry person ("لفلان") or a
     * quantified phrase ("لأحد مساعديه"). Outlets are left to the channel rules.
     */
    private boolean addressee(int j, int limit) {
        String k = t.key(j);
        if (k == null || k.length() < 3 || k.charAt(0) != 'ل' || quoted.contains(j)) {
            return false;
        }
        if (ADDRESSEE_HEAD.contains(k)) {
            return true;
        }
        LexiconMatcher.Match m = ctx.registryAt(j, limit);
        return m != null && m.clitic() > 0 && m.alias().entry().type() == PartyType.PERSON;
    }

    /** A rank and a name after the spokesperson's organisation and its place: the name. */
    private Mention rankedName(int from, int comp) {
        for (int k = from; k < comp && k < from + 8; k++) {
            if (!t.isWord(k) || quoted.contains(k)) {
                return null;
            }
            String key = ArticleContext.norm(t.key(k));
            if (Words.TITLE.contains(key) && !ArticleContext.isSpokes(key) && !"باسم".equals(key)) {
                Mention m = ctx.resolve(k, comp);
                return m != null && m.type() == PartyType.PERSON && !m.known() ? m : null;
            }
        }
        return null;
    }

    /**
     * "في" + a place (a registry name or one word, and its adjectives with ال) + a name of two or three words right
     * before the complement, after a title phrase: the name is the title holder's.
     */
    private Mention nameAfterPlace(int from, int comp) {
        if (!"في".equals(t.key(from)) || comp - from > 9) {
            return null;
        }
        int k = from + 1;
        LexiconMatcher.Match place = ctx.registryAt(k, comp);
        if (place != null && place.alias().entry().type() != PartyType.PERSON) {
            k = place.to();
        } else if (t.isWord(k) && !Words.STOP.contains(t.key(k)) && !Words.TITLE.contains(t.key(k))) {
            k++; // a place the registry does not know ("في لندن", "في أمريكا الشمالية")
        }
        while (k < comp && t.isWord(k) && t.key(k).startsWith("ال") && t.key(k).length() > 3) {
            k++;
        }
        if (k == from + 1 || comp - k < 2 || comp - k > 3) {
            return null;
        }
        for (int j = k; j < comp; j++) {
            if (!t.isWord(j) || quoted.contains(j) || Words.STOP.contains(t.key(j)) || t.key(j).startsWith("ال")
                    || Words.TITLE.contains(t.key(j))) {
                return null;
            }
        }
        Mention m = ctx.resolve(k, comp);
        return m != null && m.type() == PartyType.PERSON ? m : null;
    }

    /** The person named in the chunk right after the first comma in [from, to), or null. */
    private Mention commaSetPerson(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!t.isWord(k) && (t.charAt(k) == '\u060C' || t.charAt(k) == ',')) {
                int e = k + 1;
                while (e < to && (t.isWord(e) || t.charAt(e) != '\u060C' && t.charAt(e) != ',')) {
                    e++;
                }
                Mention m = e > k + 1 && !Words.STOP.contains(t.key(k + 1)) ? ctx.resolve(k + 1, e) : null;
                return m != null && m.type() == PartyType.PERSON ? m : null;
            }
        }
        return null;
    }

    /** A name set off by commas after an unresolved title phrase, before the complement. */
    private Mention apposition(int from, int comp) {
        for (int k = from; k < comp; k++) {
            if (!t.isWord(k) && (t.charAt(k) == '\u060C' || t.charAt(k) == ',')) {
                Mention m = ctx.resolve(k + 1, comp);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Arabic subject-first order ("الصحيفة قالت إن", "هآرتس كتبت في الافتتاحية إن"): a cue without the
     * conjunction و, no name after it, and only a short run of words from the sentence start before it.
     */
    private int subjectBefore(int i, int ss) {
        String k = t.key(i);
        Words.Cue cue = Words.cue(k, ctx.lang);
        if (cue == null || cue == Words.Cue.CHANT || Words.PARTICIPLE.contains(k)
                || k.charAt(0) == 'و' && k.length() > 3 && Words.cue(k.substring(1), ctx.lang) != null) {
            return -1;
        }
        if (i - ss > 16) {
            return -1; // bounded: a subject of at most five words, so a long sentence costs nothing here
        }
        int a = ss;
        while (a < i && (!t.isWord(a) || Words.SKIP.contains(ArticleContext.stripConj(t.key(a))))) {
            a++;
        }
        if (a + 2 < i && Words.CONTRAST_HEAD.contains(t.key(a)) && Words.COMPLEMENT.contains(t.key(a + 1))) {
            a += 2; // "غير أن أثينا تقول إن": the subject after the contrastive "غير أن"
        }
        if (a + 1 < i && ("لكن".equals(t.key(a)) || "ولكن".equals(t.key(a)))) {
            a++; // "لكن الحملة أعلنت أن": the subject after a sentence-initial "لكن"
        }
        int words = 0;
        for (int j = a; j < i; j++) {
            if (!t.isWord(j) || quoted.contains(j) || Words.STOP.contains(t.key(j)) || t.cue(j) != null) {
                return -1;
            }
            words++;
        }
        return words >= 1 && words <= 5 ? a : -1;
    }

    /** The subject before a cue without the auxiliaries that may close it ("… قد أعلنت"). */
    private int subjectEnd(int a, int i) {
        int e = i;
        while (e > a + 1 && Words.SKIP.contains(t.key(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * A cue that ends its sentence after a comma or "كما" with no complement and no quotation after it
     * reports the words before it.
     */
    private boolean trailing(int i, int ss, int se) {
        int p = i - 1;
        if (p <= ss || i - ss < 5 || se - ss > 400) {
            return false; // bounded scan: one sentence of ordinary length
        }
        boolean asSaid = t.isWord(p) && "كما".equals(t.key(p));
        boolean comma = !t.isWord(p) && (t.charAt(p) == '\u060C' || t.charAt(p) == ',');
        if (!asSaid && !comma || comma && t.key(i).charAt(0) == 'و') {
            return false;
        }
        for (int j = ss; j < se; j++) {
            if (quoted.contains(j) && j > i || j > i && t.isWord(j) && Words.COMPLEMENT.contains(t.key(j))) {
                return false;
            }
            if (j < p && t.isWord(j) && t.cue(j) != null) {
                return false;
            }
        }
        return true;
    }

    /** اتهم/اعتبر report a judgement whose object is the claim; وصف only frames a quotation. */
    private static boolean reportsObject(String key) {
        String k = ArticleContext.stripConj(key);
        return k.contains("تهم") || k.contains("عتبر");
    }
}
