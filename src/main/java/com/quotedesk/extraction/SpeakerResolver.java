package com.quotedesk.extraction;

import com.quotedesk.common.TextKey;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Speaker resolution beyond the cue's own words: a cue without a name takes the subject earlier in its
 * sentence, the cue before it, or the one speaking ("وقال"/"he said" continues the last speaker, flagged
 * inferred). Keeps the article's memory for that: who spoke last and through which channel, and the
 * parties named since, noted sentence by sentence.
 */
final class SpeakerResolver {

    /** Only people become the topic a bare "وقال"/"he said" continues: places are named too often. */
    private static final Set<PartyType> SUBJECT_TYPES = EnumSet.of(PartyType.PERSON);
    /** "X issued a statement …": X is the voice of the quotation that follows. */
    private static final Set<String> ISSUE = Words.set("issued", "released", "published", "put", "sent");

    /** Sentence adverbs set between a subject and its verb ("X, meanwhile, was …"). */
    private static final Set<String> ASIDE = Words.set("meanwhile", "however", "though", "too", "also", "instead",
            "meantime", "likewise", "nevertheless");

    private final ArticleContext ctx;
    private final Tokens t;
    private final QuotedTokens quoted;
    private final SpeakerPhrases phrases;

    private Mention lastSpeaker;
    private Mention lastSource;
    private int lastClaimTok = -1;
    private LexiconMatcher.Match lastSubjectMatch;
    private int lastSubjectTok = -1;
    /** English: an unregistered person opening a sentence without a cue, who spoke before ("Rathbun requested …"). */
    private Mention lastSubjectPerson;
    private int lastSubjectPersonTok = -1;
    /** The last people given a claim, most recent first (a few). */
    private final java.util.ArrayDeque<Mention> recentSpeakers = new java.util.ArrayDeque<>();
    /** Last words (folded) of the people who have spoken so far in the article. */
    private final Set<String> spokeBefore = new java.util.HashSet<>();

    SpeakerResolver(ArticleContext ctx, QuotedTokens quoted, SpeakerPhrases phrases) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.quoted = quoted;
        this.phrases = phrases;
    }

    /** No name at the cue: the subject earlier in the sentence, the cue before it, or the one speaking. */
    void fillSpeaker(Attribution att, int i, int ss, List<Attribution> atts) {
        fillSpeaker(att, i, ss, atts, null);
    }

    /**
     * As {@link #fillSpeaker(Attribution, int, int, List)} for the pronoun subject {@code pronoun} ("she said"):
     * the one carried over must agree with it ("she" is a person, and not one titled "Mr").
     */
    void fillSpeaker(Attribution att, int i, int ss, List<Attribution> atts, String pronoun) {
        if (att.speaker != null) {
            att.inferred = true;
            return;
        }
        if (att.cue == Words.Cue.CHANT) {
            ctx.lexicon.firstOfType(PartyType.CROWD).ifPresent(e ->
                    att.speaker = new Mention("", -1, -1, e.name(), e.type(), true));
            if (att.speaker != null) {
                return;
            }
        }
        Attribution prev = null;
        for (Attribution a : atts) {
            if (!a.channelOnly && a.speaker != null) {
                prev = a;
            }
        }
        if (prev != null) {
            att.speaker = prev.speaker;
            att.source = prev.source;
            att.inferred = prev.inferred;
            return;
        }
        Mention subject = null;
        if (!ctx.isLatin() && Words.PARTICIPLE.contains(ArticleContext.stripConj(t.key(i)))) {
            subject = groupSubject(ss, i); // "وتداول نشطاء على مواقع التواصل …، لافتين إلى أنه"
            int k = ss;
            while (k < i && (!t.isWord(k) || Words.CONTRAST_HEAD.contains(t.key(k)))) {
                k++;
            }
            if (subject == null && k < i && k <= ss + 2 && Words.TITLE.contains(ArticleContext.norm(t.key(k)))) {
                subject = titledNameBefore(k, i); // "لكن وزير التجارة X قلل من …، قائلا إن": the titled subject
            }
        }
        if (subject == null && !ctx.isLatin()) {
            subject = statementOwner(ss, i); // "جاء ذلك في تغريدة لقرقاش على صفحته بموقع تويتر، حيث قال"
        }
        if (subject == null) {
            subject = firstParty(ss, i);
        }
        if (subject == null && !ctx.isLatin()) {
            subject = titledNameBefore(ss, i); // "تقديم رئيس الوزراء X لوثائق، قال إنها"
        }
        if (subject == null && !ctx.isLatin()) {
            subject = personAfterFirstVerb(ss, i); // "أمهل مقتدى الصدر، زعيم التيار …، الحكومة …، مؤكدا أن"
        }
        if (subject != null) {
            att.speaker = subject;
            att.inferred = true;
            return;
        }
        carryOver(att);
        if (pronoun != null && att.speaker == null && ctx.topicPerson() != null && ctx.agrees(ctx.topicPerson(), pronoun)) {
            att.speaker = ctx.topicPerson(); // nobody has spoken yet: "he" is the person the article is about
            att.inferred = true;
        }
        if (pronoun != null && att.speaker != null && !ctx.agrees(att.speaker, pronoun)) {
            for (Mention m : recentSpeakers) {
                if (ctx.agrees(m, pronoun)) {
                    att.speaker = m; // "But opposition parties said …. She said …": the last one who can be "she"
                    att.source = null;
                    break;
                }
            }
        }
    }

    void carryOver(Attribution att) {
        if (lastSubjectPerson != null && lastSubjectPersonTok > lastClaimTok
                && (lastSubjectMatch == null || lastSubjectPersonTok > lastSubjectTok)) {
            att.speaker = lastSubjectPerson; // "Rathbun requested donations …. He described Montalvo as …"
        } else if (lastSubjectMatch != null && lastSubjectTok > lastClaimTok) {
            att.speaker = ctx.mentionOf(lastSubjectMatch);
        } else {
            att.speaker = lastSpeaker;
            if (att.source == null && att.cue == Words.Cue.ADD) {
                att.source = lastSource; // "وأضاف"/"it added" continues the same report
            }
        }
        att.inferred = att.speaker != null;
    }

    /**
     * "وأضاف أن تيار المستقبل انتصر. وأنه كان يراهن على …": a sentence without a cue that opens with a
     * complement ("وأنه", "كما أن") right after a sentence whose claim it continues reports for the same
     * speaker. Returns that clause's attribution, or null.
     */
    Attribution continuedClause(int ss, int se, int prevSentenceStart) {
        if (lastSpeaker == null || prevSentenceStart < quoted.from() || lastClaimTok < prevSentenceStart || lastClaimTok >= ss) {
            return null;
        }
        int k = ss;
        while (k < se && !t.isWord(k)) {
            k++;
        }
        if (k >= se || quoted.contains(k)) {
            return null;
        }
        String key = t.key(k);
        int c;
        if (key.startsWith("وان") && Words.COMPLEMENT.contains(key.substring(1))) {
            c = k + 1;
        } else if ("كما".equals(key) && k + 1 < se && Words.COMPLEMENT.contains(t.key(k + 1))) {
            c = k + 2;
        } else {
            return null;
        }
        Attribution att = new Attribution(k, Words.Cue.SAY);
        att.speaker = lastSpeaker;
        att.source = lastSource;
        att.inferred = true;
        att.clauseStart = c;
        att.clauseEnd = se;
        return att;
    }

    /** A title and the unregistered name after it earlier in the sentence, outside quotations; or null. */
    private Mention titledNameBefore(int ss, int i) {
        for (int k = ss; k < i && k < ss + 40; k++) {
            if (!t.isWord(k) || quoted.contains(k) || !Words.TITLE.contains(ArticleContext.norm(t.key(k)))) {
                continue;
            }
            int e = k + 1;
            while (e < i && e < k + 8 && t.isWord(e) && !quoted.contains(e) && !Words.STOP.contains(t.key(e))
                    && t.cue(e) == null) {
                e++;
            }
            Mention m = ctx.resolve(k, e);
            if (m != null && m.type() == PartyType.PERSON && !m.known() && m.name().indexOf(' ') > 0) {
                return m;
            }
            if (e >= i || t.isWord(e) || t.charAt(e) != '\u060C' && t.charAt(e) != ',') {
                return null;
            }
            k = e; // "العاهل الأردني، الملك عبد الله الثاني": the title in apposition names the person
        }
        return null;
    }

    /**
     * Verb-subject order: a person's name of two or three words right after the sentence's first word (after a
     * dateline) and before a comma: the subject of the sentence, whom a later participle continues.
     */
    private Mention personAfterFirstVerb(int ss, int i) {
        int a = datelineEnd(ss, i);
        if (a + 1 >= i || !t.isWord(a) || quoted.contains(a) || Words.TITLE.contains(ArticleContext.norm(t.key(a)))) {
            return null;
        }
        int e = a + 1;
        while (e < i && e <= a + 4 && t.isWord(e) && !quoted.contains(e)) {
            e++;
        }
        if (e >= i || e - (a + 1) < 2 || t.isWord(e) || t.charAt(e) != '\u060C' && t.charAt(e) != ',') {
            return null;
        }
        Mention m = ctx.resolve(a + 1, e);
        return m != null && m.type() == PartyType.PERSON && m.name().indexOf(' ') > 0 ? m : null;
    }

    /** The owner of a statement, a tweet or an interview named with "لـ" right after it ("في تغريدة لقرقاش"). */
    private Mention statementOwner(int ss, int i) {
        for (int k = ss; k + 1 < i && k < ss + 30; k++) {
            if (t.isWord(k) && !quoted.contains(k) && (Words.STATEMENT.contains(t.key(k)) || INTERVIEW.contains(t.key(k)))
                    && t.isWord(k + 1)) {
                Mention owner = ctx.ownerWithLam(k + 1);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    private static final Set<String> INTERVIEW = Words.set("مقابله", "حديث", "كلمه", "خطاب", "مداخله");

    /** Verb-subject order: the group noun phrase right after the sentence's first word ("وتداول نشطاء …"). */
    private Mention groupSubject(int ss, int i) {
        int a = ss + 1;
        if (a >= i || !t.isWord(ss) || !t.isWord(a) || quoted.contains(a) || !ArticleContext.isOrgHead(t.key(a))) {
            return null;
        }
        int e = a + 1;
        while (e < i && e < a + 5 && t.isWord(e) && !quoted.contains(e) && !Words.STOP.contains(t.key(e))
                && t.cue(e) == null) {
            e++;
        }
        Mention m = ctx.resolve(a, e);
        return m != null ? m : ctx.organisationPhrase(a, e); // "المحكمة العليا"
    }

    /** The first registry party in tokens [a, b) outside quotations. */
    Mention firstParty(int a, int b) {
        for (int i = Math.max(datelineEnd(a, b), b - 80); i < b; i++) {
            if (quoted.contains(i) || !t.isWord(i)) {
                continue;
            }
            LexiconMatcher.Match m = ctx.registryAt(i, b);
            if (m != null) {
                if (ctx.isLatin() && m.alias().entry().type() == PartyType.ANONYMOUS && m.from() > a
                        && ctx.isCapitalized(m.from() - 1)) {
                    Mention qualified = ctx.resolve(m.from() - 1, m.to()); // "Scientology officials … they claimed"
                    if (qualified != null) {
                        return qualified;
                    }
                }
                return ctx.mentionOf(m);
            }
        }
        return null;
    }

    /**
     * Where a dateline that opens the sentence ends: "دبي، الإمارات العربية المتحدة (CNN) –", "LONDON (Reuters) -":
     * the token after the dash that follows a parenthesis among its first twelve tokens; {@code a} when there
     * is none. The outlet in it published the article, it says nothing in it.
     */
    int datelineEnd(int a, int b) {
        for (int k = a; k + 1 < b && k < a + 12; k++) {
            if (t.isWord(k) || quoted.contains(k)) {
                continue;
            }
            char c = t.charAt(k);
            if (c == ')') {
                int d = k + 1;
                if (d < b && !t.isWord(d) && (t.charAt(d) == '-' || t.charAt(d) == '\u2013' || t.charAt(d) == '\u2014')) {
                    while (d < b && !t.isWord(d)) {
                        d++;
                    }
                    return d;
                }
                return a;
            }
            if (c == '.' || c == '"') {
                return a;
            }
        }
        return a;
    }

    /**
     * "صحيفة إسرائيل هايوم اليمينية عنونت …، وقالت الصحيفة": a newspaper or agency named by its noun before
     * the sentence's first cue is the one a later "الصحيفة"/"الوكالة" means, even if it spoke through no cue.
     */
    void noteOutlets(int ss, int se) {
        for (int i = ss; i < se && i < ss + 60; i++) {
            if (!t.isWord(i) || quoted.contains(i)) {
                continue;
            }
            if (t.cue(i) != null) {
                return;
            }
            String raw = t.key(i);
            if (!raw.endsWith("صحيفه") && !raw.endsWith("وكاله")) {
                continue; // norm() only drops a leading conjunction: no other word can become one of them
            }
            String k = ArticleContext.norm(raw);
            if (!"صحيفه".equals(k) && !"وكاله".equals(k) && !"وصحيفه".equals(k)) {
                continue;
            }
            int j = i + 1;
            while (j < se && j - i <= 4 && t.isWord(j) && !quoted.contains(j) && !Words.STOP.contains(t.key(j))
                    && t.cue(j) == null
                    && !(j > i + 1 && t.key(j).startsWith("ال") && !t.key(j - 1).startsWith("ال"))) {
                j++;
            }
            if (j > i + 1 && ctx.registryAt(i, j) == null) {
                Mention m = ctx.resolve(i, j);
                if (m != null) {
                    ctx.note(m, i, j);
                }
            }
            i = j - 1;
        }
    }

    /** Registry parties named outside quotations and claims become the subject "وقال"/"he said" may continue. */
    void noteMentions(int ss, int se, List<Attribution> atts) {
        boolean voiced = anyVoiced(atts); // a report mentioned in passing gives no voice
        if (ctx.isLatin() && !voiced) {
            noteSubjectPerson(ss, se);
        }
        if (ctx.isLatin()) {
            ctx.noteTopic(phrases.openingSubject(ss, se)); // "Jose Antonio Reyes has added …": the one written about
        }
        for (int i = ss; i < se; i++) {
            if (quoted.contains(i) || !t.isWord(i)) {
                continue;
            }
            LexiconMatcher.Match m = ctx.registryAt(i, se);
            if (m == null) {
                continue;
            }
            ctx.note(m);
            if (!voiced && SUBJECT_TYPES.contains(m.alias().entry().type()) && i > lastClaimTok) {
                lastSubjectMatch = m;
                lastSubjectTok = i;
            }
            i = m.to() - 1;
        }
    }

    /**
     * Whether one of the sentence's reports gives its speaker a voice (is not mentioned in passing). A loop,
     * not a stream: it runs once per sentence, and a stream pipeline allocates several objects each time.
     */
    private static boolean anyVoiced(List<Attribution> atts) {
        for (Attribution a : atts) {
            if (!a.passing) {
                return true;
            }
        }
        return false;
    }

    /**
     * English: a sentence without a cue that opens with the name of someone who has spoken before and a
     * verb ("Rathbun requested donations …") makes that person the one a later "He …" continues.
     */
    private void noteSubjectPerson(int ss, int se) {
        int k = ss;
        while (k < se && !t.isWord(k)) {
            k++;
        }
        Mention issuer = statementIssuer(k, se);
        if (issuer != null) {
            lastSubjectPerson = issuer; // "Senator John Cornyn, …, issued a statement …. "Like many Texans, …""
            lastSubjectPersonTok = k;
            return;
        }
        int e = k;
        while (e < se && e < k + 3 && ctx.isCapitalized(e) && !quoted.contains(e)) {
            e++;
        }
        int v = e;
        if (v + 3 < se && !t.isWord(v) && t.charAt(v) == ',' && t.isWord(v + 1)
                && ASIDE.contains(t.key(v + 1)) && !t.isWord(v + 2) && t.charAt(v + 2) == ',') {
            v += 3; // "Butragueno, meanwhile, was angry …": the aside between subject and verb
        }
        if (e == k || v >= se || !t.isWord(v) || ctx.isCapitalized(v) || Words.STOP.contains(t.key(v))
                || t.key(e - 1).endsWith("'s")) {
            return;
        }
        String last = t.key(e - 1);
        Mention m = ctx.resolve(k, e);
        boolean namedInFull = e - k == 1 && m != null && m.name().indexOf(' ') > 0; // the surname of a full name given before
        if (!spokeBefore.contains(last) && !namedInFull) {
            return;
        }
        if (m != null && m.type() == PartyType.PERSON && !m.known()) {
            lastSubjectPerson = m;
            lastSubjectPersonTok = k;
        }
    }

    /** "Title Name, apposition, issued a statement …" opening the sentence: the named person, else null. */
    private Mention statementIssuer(int k, int se) {
        for (int v = k + 1; v + 2 < se && v < k + 16; v++) {
            if (!t.isWord(v) || quoted.contains(v) || !ISSUE.contains(t.key(v))) {
                continue;
            }
            int s = v + 1;
            if (s < se && ("a".equals(t.key(s)) || "an".equals(t.key(s)) || "the".equals(t.key(s)))) {
                s++;
            }
            if (s >= se || !Words.STATEMENT.contains(t.key(s))) {
                return null;
            }
            int end = v;
            while (end > k && !t.isWord(end - 1)) {
                end--;
            }
            int named = !t.isWord(v - 1) && t.charAt(v - 1) == ',' ? phrases.nameChunkBefore(v - 1, k) : -1;
            Mention m = named > 0 ? ctx.resolve(k, named) : ctx.resolve(k, end);
            return m != null && m.type() == PartyType.PERSON ? m : null;
        }
        return null;
    }

    /** The last speaker a claim was given to, or null. */
    Mention lastSpeaker() {
        return lastSpeaker;
    }

    /** The first token of the last claim given a speaker, or -1. */
    int lastClaimTok() {
        return lastClaimTok;
    }

    /** The channel of the last claim given a speaker, or null. */
    Mention lastSource() {
        return lastSource;
    }

    /** The speaker of a term or name in quotation marks is still the one speaking, though no claim is made. */
    void stillSpeaking(Mention speaker, Mention source) {
        lastSpeaker = speaker;
        lastSource = source;
    }

    /**
     * A claim starting at token {@code tok} was given to {@code speaker} through {@code source}; {@code cued}:
     * whether a cue of its own attributes it. A quotation that only goes on in the same voice (no cue) does not
     * cite the channel again, nor does it end it: a later "he added" still continues that channel.
     */
    void spoke(Mention speaker, Mention source, int tok, boolean cued) {
        boolean goesOn = !cued && source == null && lastSpeaker != null && lastSpeaker.name().equals(speaker.name());
        lastSpeaker = speaker;
        if (!goesOn) {
            lastSource = source;
        }
        lastClaimTok = Math.max(lastClaimTok, tok);
        ctx.noteTopic(speaker);
        if (speaker.type() == PartyType.PERSON) {
            recentSpeakers.removeIf(m -> m.name().equals(speaker.name()));
            recentSpeakers.addFirst(speaker);
            if (recentSpeakers.size() > 6) {
                recentSpeakers.removeLast();
            }
        }
        String name = speaker.name();
        spokeBefore.add(TextKey.of(name.substring(name.lastIndexOf(' ') + 1)));
    }
}
