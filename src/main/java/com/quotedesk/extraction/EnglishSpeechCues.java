package com.quotedesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * English verbs of speech ("X said the …", "…, said the minister.", "told CBC News that …"): the speaker
 * noun phrase before the cue or after a quotation, the addressee, the reported clause after "that" or
 * the words before a trailing cue.
 */
final class EnglishSpeechCues {

    private static final Set<String> EN_PREPOSITIONS = Words.set("in", "on", "at", "during", "after", "before",
            "via", "through");
    /** Question words: a cue followed by one reports an indirect question, not a claim. */
    private static final Set<String> WH = Words.set("where", "what", "whether", "how", "why", "when", "who", "which");
    private static final Set<String> EN_PREPOSITIONS_OF = Words.set("in", "of", "on", "at", "for", "with", "from",
            "about", "among");
    private static final Set<String> EN_ARTICLE = Words.set("a", "an", "the");

    /** Prepositions whose object, right before a participle cue, is not the one speaking. */
    private static final Set<String> PARTICIPLE_OBJECT = Words.set("through", "via", "in", "on", "at", "from",
            "to", "for", "by", "about", "of", "into", "against");
    /** "a statement through Arsenal": the intermediary is the channel. */
    private static final Set<String> THROUGH = Words.set("through", "via");

    private static final Set<String> ACCUSE = Words.set("accused", "accuses", "accusing");

    private final ArticleContext ctx;
    private final Tokens t;
    private final QuotedTokens quoted;
    private final SpeakerPhrases phrases;
    private final SpeakerResolver speakers;
    private final Channels channels;

    EnglishSpeechCues(ArticleContext ctx, QuotedTokens quoted, SpeakerPhrases phrases, SpeakerResolver speakers,
            Channels channels) {
        this.ctx = ctx;
        this.t = ctx.tokens;
        this.quoted = quoted;
        this.phrases = phrases;
        this.speakers = speakers;
        this.channels = channels;
    }

    Attribution speechEn(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        Attribution tail = trailingEn(i, cue, ss, se, atts);
        if (tail != null) {
            return tail;
        }
        Attribution att = new Attribution(i, cue);
        int p = i - 1;
        while (p >= ss && t.isWord(p) && Words.SKIP.contains(t.key(p))) {
            p--;
        }
        int coord = CueFilter.coordinatorBefore(t, i, ss);
        if (coord >= 0) {
            p = coord; // "… but on Wednesday said": the subject of the first cue goes on
        }
        boolean relative = p - 2 >= ss && t.isWord(p) && ("who".equals(t.key(p)) || "which".equals(t.key(p)))
                && !t.isWord(p - 1) && t.charAt(p - 1) == ',' && t.isWord(p - 2) && !quoted.contains(p - 2);
        if (relative) {
            p -= 2; // "to meet with Devocht, who had told Montalvo he would …", "IBM, which argues that …": the name
                    // before the relative
        }
        boolean participleAfterComma = Words.PARTICIPLE.contains(t.key(i)) && p >= ss && !t.isWord(p)
                && t.charAt(p) == ',' && p - 1 >= ss && !quoted.contains(p - 1);
        if (p > ss && !t.isWord(p) && t.charAt(p) == ')' && !quoted.contains(p)) {
            for (int k = p - 1; k > ss && k > p - 8; k--) {
                if (!t.isWord(k) && t.charAt(k) == '(') {
                    p = k - 1; // "The World Health Organisation (WHO) recommends"
                    break;
                }
            }
        }
        boolean afterQuote = p < ss || quoted.contains(p) || !t.isWord(p) && t.charAt(p) == ',' && (p - 1 < ss || quoted.contains(p - 1));
        Mention speaker = null;
        boolean pronoun = false;
        int after = i + 1;
        boolean coordinatedCue = coord < 0 && !afterQuote && p > ss && p == i - 1 && t.isWord(p)
                && ("but".equals(t.key(p)) || "and".equals(t.key(p)));
        Mention coordinated = coordinatedCue ? subjectPerson(ss, p) : null;
        if (coordinatedCue && coordinated == null && atts.isEmpty()) {
            coordinated = phrases.openingSubject(ss, p); // "Mr Grant wants … but conceded this was …"
        }
        if (coordinated != null) {
            speaker = coordinated; // "X, the party's leader, welcomed the move but added that …": X goes on speaking
        } else if (!afterQuote && p >= ss && t.isWord(p) && Words.PRONOUN.contains(t.key(p))) {
            pronoun = true;
        } else if (participleAfterComma) {
            // "…, writing in a blog post": the participle continues the sentence's speaker; in a sentence with
            // no cue before it, the person who opens the sentence ("But novelist X defended the film, saying …")
            speaker = atts.isEmpty() ? phrases.openingSubject(ss, p) : null;
        } else if (!afterQuote && p >= ss && Words.PARTICIPLE.contains(t.key(i)) && t.isWord(p)
                && Words.STOP.contains(t.key(p)) && phrases.registryEndingAt(p + 1, ss) == null) {
            speaker = null; // "Sunak defended … whilst promising …": the subject of the sentence
        } else if (!afterQuote && p >= ss) {
            int npEnd = p + 1;
            if (!t.isWord(p) && t.charAt(p) == ',') {
                int c = p - 1;
                while (c > ss && c > p - 14 && (t.isWord(c) || t.charAt(c) != ',')) {
                    c--;
                }
                boolean commaBefore = c > ss && !t.isWord(c) && t.charAt(c) == ',';
                // "Paul Dewar, an Ottawa MP, said" (apposition after the name) or "The secretary of CEI,
                // Nunzio Galantino, has called" (the name after the title)
                npEnd = commaBefore && !ctx.isCapitalized(c + 1) || commaBefore && "the".equals(t.key(c + 1)) ? c : p;
                int named = phrases.nameChunkBefore(p, ss);
                if (named > 0) {
                    npEnd = named; // "Professor Cres Eastman, Director of …, and Chairman of …, says"
                }
            }
            LexiconMatcher.Match known = phrases.registryEndingAt(npEnd, ss);
            int npStart = known != null ? known.from() : phrases.backNp(npEnd, ss);
            if (known != null && phrases.partOfLongerName(known.from(), ss)) {
                known = null; // "The Globe and Mail": not the registry's "Mail"
                npStart = phrases.backNp(npEnd, ss);
            }
            int object = known == null && Words.PARTICIPLE.contains(t.key(i)) ? prepositionObject(npStart, npEnd, ss) : -1;
            if (object < 0 && known == null && npStart < npEnd && phrases.onlyTimeWords(npStart, npEnd)) {
                // "A survey published in … this week, revealed", "Posts on … from Friday theorized": the
                // subject is the noun phrase that opens the sentence, not the time words before the cue
                int k = ss;
                while (k < npStart && t.isWord(k) && !quoted.contains(k) && !Words.STOP.contains(t.key(k))
                        && !(k > ss && (t.key(k).endsWith("ed") || t.key(k).endsWith("ing")))) {
                    k++;
                }
                if (k > ss) {
                    npStart = ss;
                    npEnd = k;
                }
            }
            if (object < 0 && known == null && !relative && npStart > ss + 1 && npStart < npEnd && t.isWord(npStart - 1)
                    && EN_PREPOSITIONS_OF.contains(t.key(npStart - 1))) {
                int open = openingNounPhrase(ss, npStart);
                if (open > ss) {
                    npStart = ss; // "A new study documenting … in Australian school children has revealed"
                    npEnd = open;
                }
            }
            if (known == null) {
                int aff = phrases.affiliation(npStart, npEnd);
                if (aff > npStart) {
                    npEnd = aff; // "Lydia Buchtmann for Food Standards Australia", "Matthew Ingram of The Globe"
                }
            }
            if (object > 0 && "with".equals(t.key(object - 1))) {
                speaker = ctx.resolve(object, npEnd); // "…, with Jo Brandt describing the win as …": X describes
                ctx.note(speaker, object, npEnd);
            } else if (object > 0) {
                // "issuing a statement through Arsenal describing …": the one who issues it speaks, through X
                if (THROUGH.contains(t.key(object - 1))) {
                    att.source = ctx.resolve(object, npEnd);
                }
            } else if (npStart < npEnd) {
                int seen = phrases.seenBy(npStart);
                if (seen >= 0) {
                    att.source = ctx.resolve(seen, npEnd);
                    npEnd = seen - 2;
                    npStart = phrases.backNp(npEnd, ss);
                    while (npStart < npEnd && "by".equals(t.key(npStart))) {
                        npStart++;
                    }
                }
                speaker = npStart < npEnd ? phrases.documentOwner(npStart, npEnd) : null;
                if (speaker != null) {
                    ctx.note(speaker, npStart, npEnd);
                }
            }
        } else if (afterQuote) {
            int j = i + 1;
            if (j < se && t.isWord(j) && Words.PRONOUN.contains(t.key(j))) {
                pronoun = true;
            } else if (j < se && t.isWord(j)) {
                int e = j;
                while (e < se && e < j + 8 && t.isWord(e) && (ctx.isCapitalized(e) || e > j && "of".equals(t.key(e))
                        || Words.TITLE.contains(t.key(e)))) {
                    e++;
                }
                int role = roleThenName(e, se);
                if (e > j && role > e) {
                    speaker = ctx.resolve(e + 1, role); // "…," said Sideways producer Jane Doe: the person after the role
                    after = role;
                } else if (e > j) {
                    speaker = ctx.resolve(personAfterTitle(j, e), e);
                    after = e;
                }
            }
        }
        att.speaker = speaker;
        if (speaker == null) {
            if (pronoun && p >= ss && "it".equals(t.key(p)) && speakers.lastSource() != null && speakers.lastSpeaker() == null) {
                att.speaker = speakers.lastSource();
            }
            String subject = !pronoun ? null : p >= ss && t.isWord(p) && Words.PRONOUN.contains(t.key(p)) ? t.key(p)
                    : t.key(i + 1);
            // "X said …, though he recognised that …": the pronoun of a concession is the sentence's speaker
            boolean concession = pronoun && CueFilter.concession(t, i, ss);
            Mention opener = pronoun && !afterQuote && atts.isEmpty() && p > ss ? phrases.openingSubject(ss, p) : null;
            if (opener != null && ctx.agrees(opener, subject)) {
                att.speaker = opener; // "Mr Blair praised his chancellor …, which he said was …": the sentence's subject
                att.inferred = true;
            } else {
                speakers.fillSpeaker(att, i, ss, pronoun && !concession ? List.of() : atts, subject);
            }
        }
        if (cue == Words.Cue.TELL) {
            after = channels.addressee(att, i + 1, se);
            if (att.source == null && speaker != null && quoted.contains(ss) && after - (i + 1) >= 2
                    && ctx.isCapitalized(i + 1) && onlyPunctuation(after, se)) {
                // ""…," the 21-year-old told Cadena Cope.": a named addressee closing a quotation's attribution
                Mention to = ctx.resolve(i + 1, after);
                if (to != null && !to.known() && !ctx.personNamedBefore(to)) {
                    att.source = new Mention(to.text(), to.start(), to.end(), to.name(), PartyType.MEDIA, false);
                }
            }
        } else if (!afterQuote && after + 1 < se && "to".equals(t.key(after)) && ctx.isCapitalized(after + 1)) {
            int e = channels.addressee(att, after + 1, se); // "stated to LA Weekly that …": the outlet is the channel
            if (att.source != null) {
                after = e;
            }
        }
        if (att.source == null && !afterQuote) {
            att.source = channels.publishedIn(ss, i); // "published in the Medical Journal of X, revealed", "site X"
        }
        if (!afterQuote && cue != Words.Cue.CHANT && !Words.EN_ASKED.contains(t.key(i))) { // a question asked is its quotation
            int c = after;
            while (c < se && t.isWord(c) && Words.SKIP.contains(t.key(c))) {
                c++;
            }
            if (c < se && cue == Words.Cue.TELL && !"that".equals(t.key(c))) {
                for (int k = c; k < se && k < c + 5 && t.isWord(k) && !quoted.contains(k); k++) {
                    if ("that".equals(t.key(k))) {
                        c = k; // "told the court that …": the addressee is not the claim
                        break;
                    }
                    if (k > c && Words.PRONOUN.contains(t.key(k)) && !"it".equals(t.key(k))) {
                        c = k; // "told jurors he met …", "told the federal court he …": the clause opens at its subject
                        break;
                    }
                }
            }
            if (c < se && !t.isWord(c) && t.charAt(c) == ',' && !quoted.contains(c)) {
                for (int k = c + 1; k < se && k < c + 12 && !quoted.contains(k); k++) {
                    if (!t.isWord(k) && t.charAt(k) != ',') {
                        break;
                    }
                    if ("that".equals(t.key(k)) && !t.isWord(k - 1)) {
                        c = k; // "explains, in a satirical fashion, that …"
                        break;
                    }
                }
            }
            if (c < se && "that".equals(t.key(c))) {
                c++;
                if (c + 1 < se && !t.isWord(c) && t.charAt(c) == ',' && t.isWord(c + 1) && !quoted.contains(c + 1)) {
                    c++; // "said that, as the parents came from India, they …"
                }
            } else if (c < se && EN_PREPOSITIONS.contains(t.key(c))) {
                for (int k = c + 1; k < se && k < c + 8 && t.isWord(k); k++) {
                    if ("that".equals(t.key(k))) {
                        c = k + 1; // "said in a statement that …", "said on Monday that …"
                        break;
                    }
                }
            }
            if (c + 1 < se && t.isWord(c) && Words.EN_CLAIM_NOUN.contains(t.key(c)) && t.isWord(c + 1)
                    && !quoted.contains(c + 1) && ("that".equals(t.key(c + 1))
                    || Words.EN_CLAUSE_SUBJECT.contains(t.key(c + 1)))) {
                c += "that".equals(t.key(c + 1)) ? 2 : 1; // "denied claims that he knew …": the claims' clause
            }
            boolean term = c + 1 < se && Words.NAME_NOUN.contains(t.key(c + 1)); // "adding the words …"
            boolean question = c < se && WH.contains(t.key(c)) && c > 0 && !"that".equals(t.key(c - 1))
                    && (c - 1 < 0 || t.isWord(c - 1) || t.charAt(c - 1) != ','); // "announces where the orbiters will go"
            if (c < se && t.isWord(c) && !quoted.contains(c) && !"to".equals(t.key(c)) && !"for".equals(t.key(c))
                    && cue != Words.Cue.DESCRIBE && !term && !question && !bareAdjunct(c, i, cue, se)) {
                att.clauseStart = c;
            } else if (cue == Words.Cue.DESCRIBE && c + 1 < se && "on".equals(t.key(c))
                    && toClauseAfter(t, c + 1, se) > 0 && !quoted.contains(c + 1)) {
                att.clauseStart = c + 1; // "called on the council to open its books": the addressee and the call
            } else if (cue == Words.Cue.DESCRIBE && ACCUSE.contains(t.key(i)) && c < se && t.isWord(c)
                    && !quoted.contains(c) && ofGerundAfter(c, se)) {
                att.clauseStart = c; // "accused ministers of wasting money": the accused and the charge
            } else if (cue == Words.Cue.DESCRIBE && c < se && t.isWord(c)) {
                int as = c;
                while (as < se && !"as".equals(t.key(as))) {
                    as++;
                }
                if (as < se && !quoted.contains(as + 1)) {
                    att.clauseStart = c;
                }
            }
        }
        return att;
    }

    /**
     * "Almost half … are deficient, researchers say." / "…, said the minister.": a cue that ends its
     * sentence after a comma and a speaker reports the unquoted words before the comma.
     */
    private Attribution trailingEn(int i, Words.Cue cue, int ss, int se, List<Attribution> atts) {
        if (cue != Words.Cue.SAY && cue != Words.Cue.ADD && cue != Words.Cue.TELL || se - ss > 400) {
            return null;
        }
        int p = i - 1;
        while (p >= ss && t.isWord(p) && Words.SKIP.contains(t.key(p))) {
            p--;
        }
        if (p <= ss) {
            return null;
        }
        Attribution att = new Attribution(i, cue);
        int comma;
        boolean pronoun = false;
        int apposed = !t.isWord(p) && t.charAt(p) == ',' ? appositiveSubject(att, i, cue, ss, se, p) : -1;
        if (apposed > 0) {
            comma = apposed; // "…, Jo Brandt, a spokesman for the council, said.": the person before the apposition
        } else if (!t.isWord(p) && t.charAt(p) == ',') {
            // "…, said X." : the speaker after the cue runs to the end of the sentence
            if (quoted.contains(p - 1) || cue == Words.Cue.TELL) {
                return null; // "…, told the BBC's World Business Report.": "told" never inverts, the addressee follows
            }
            int e = i + 1;
            while (e < se && t.isWord(e) && !quoted.contains(e) && e < i + 8) {
                String key = t.key(e);
                if (Words.SKIP.contains(key) || Words.STOP.contains(key) && e > i + 1 || t.cue(e) != null) {
                    return null; // "Hugh Hill, a doctor, said the clinic would reopen": a clause, not a name
                }
                e++;
            }
            if (e == i + 1 || !onlyPunctuation(e, se)) {
                return null;
            }
            if (Words.PRONOUN.contains(t.key(i + 1)) && e == i + 2) {
                pronoun = true;
            } else {
                att.speaker = ctx.resolve(personAfterTitle(i + 1, e), e);
                if (att.speaker == null) {
                    return null;
                }
                ctx.note(att.speaker, i + 1, e);
            }
            comma = p;
        } else {
            int told = cue == Words.Cue.TELL ? channels.addressee(att, i + 1, se) : i + 1; // "…, he told MPs."
            if (cue == Words.Cue.TELL && (told == i + 1 || told - i > 5)) {
                return null;
            }
            if (!onlyPunctuation(skipSkips(told, se), se)) {
                return null;
            }
            // a pronoun subject ("…, he said.") is the one speaking
            int npStart = t.isWord(p) && Words.PRONOUN.contains(t.key(p)) ? p : phrases.backNp(p + 1, ss);
            if (npStart > p || npStart - 1 <= ss || t.isWord(npStart - 1) || t.charAt(npStart - 1) != ','
                    || quoted.contains(npStart - 2)) {
                return null;
            }
            if (npStart == p && Words.PRONOUN.contains(t.key(p))) {
                pronoun = true;
            } else {
                att.speaker = phrases.documentOwner(npStart, p + 1);
                if (att.speaker == null) {
                    return null;
                }
                ctx.note(att.speaker, npStart, p + 1);
            }
            comma = npStart - 1;
        }
        int from = afterOpeningQuotation(ss, comma);
        int words = 0;
        int quotedWords = 0;
        for (int j = from; j < comma; j++) {
            if (quoted.contains(j) && (j == from || j + 2 >= comma)
                    || !quoted.contains(j) && t.isWord(j) && t.cue(j) != null && !nounUse(j, comma)) {
                return null; // a quotation opening or closing the words before the cue, or another cue
            }
            if (t.isWord(j)) {
                words++;
                if (quoted.contains(j)) {
                    quotedWords++;
                }
            }
        }
        if (words - quotedWords < 3 || quotedWords * 3 > words) {
            return null; // "… at "reasonable levels" after …, says X": a short term quoted inside the words is theirs
        }
        if (pronoun) {
            speakers.fillSpeaker(att, i, ss, List.of(), t.isWord(p) && Words.PRONOUN.contains(t.key(p)) ? t.key(p)
                    : t.key(i + 1));
        }
        att.clauseStart = from;
        att.clauseEnd = comma;
        return att;
    }

    /**
     * "…, Jo Brandt, a spokesman for the council, said." / "…, told Reuters.": the cue ends the sentence
     * (an outlet addressee of "told" aside) after a comma-set apposition in lower case and, before it, a
     * comma-set person's name. Sets the speaker (and the channel) and returns the comma before the name,
     * else -1.
     */
    private int appositiveSubject(Attribution att, int i, Words.Cue cue, int ss, int se, int p) {
        int end = cue == Words.Cue.TELL ? channels.addressee(att, i + 1, se) : i + 1;
        if (cue == Words.Cue.TELL && (end == i + 1 || end - i > 9) || !onlyPunctuation(skipSkips(end, se), se)) {
            att.source = null;
            return -1;
        }
        int c = p - 1;
        while (c > ss && c > p - 14 && (t.isWord(c) || t.charAt(c) != ',') && !quoted.contains(c)) {
            c--;
        }
        boolean apposition = c > ss && c < p - 1 && !t.isWord(c) && t.charAt(c) == ',' && t.isWord(c + 1)
                && !ctx.isCapitalized(c + 1) && !quoted.contains(c + 1);
        int n = apposition ? c - 1 : -1;
        while (n > ss && n > c - 7 && t.isWord(n) && !quoted.contains(n)) {
            n--;
        }
        Mention person = n > ss && !t.isWord(n) && t.charAt(n) == ',' && phrases.isNameChunk(n + 1, c)
                ? ctx.resolve(n + 1, c) : null;
        if (person == null || person.type() != PartyType.PERSON) {
            att.source = null;
            return -1;
        }
        att.speaker = person;
        ctx.note(person, n + 1, c);
        return n;
    }

    /**
     * "… through Arsenal describing", "… with Jo Brandt describing": the start of the name that ends the
     * phrase [a, b) when a preposition (from the sentence start {@code ss} on) stands right before it, else -1. After "with" the name is the subject
     * of the participle; after the others it is an object, not the one speaking.
     */
    private int prepositionObject(int a, int b, int ss) {
        int n = b;
        while (n - 1 >= a && t.isWord(n - 1) && ctx.isCapitalized(n - 1) && !quoted.contains(n - 1)) {
            n--;
        }
        return n < b && n - 1 >= ss && t.isWord(n - 1) && (PARTICIPLE_OBJECT.contains(t.key(n - 1))
                || "with".equals(t.key(n - 1))) ? n : -1;
    }

    /**
     * "he had said on Thursday lunchtime.", "he told the federal court, saying …": the words after the cue up
     * to a comma or the sentence end are only time words, or (after "told") only the addressee; no claim.
     */
    private boolean bareAdjunct(int c, int i, Words.Cue cue, int se) {
        int k = c;
        while (k < se && t.isWord(k) && !quoted.contains(k)) {
            k++;
        }
        if (k < se && (t.isWord(k) || quoted.contains(k) || t.charAt(k) != ',' && !Attributor.isSentenceEnd(t.charAt(k)))) {
            return false;
        }
        return phrases.onlyTimeWords(c, k) || cue == Words.Cue.TELL && c == i + 1 && k - c <= 4
                && EN_ARTICLE.contains(t.key(c));
    }

    /** A cue word used as a noun: after a determiner or before "by"/"of" ("claims by the trade that …"). */
    private boolean nounUse(int j, int end) {
        String prev = j > 0 && t.isWord(j - 1) ? t.key(j - 1) : null;
        String next = j + 1 < end && t.isWord(j + 1) ? t.key(j + 1) : null;
        return Words.EN_DETERMINER.contains(prev) || "by".equals(next) || "of".equals(next);
    }

    /**
     * "called on Mr Brown to open up …": the index of the verb after "to" within a short object starting at
     * {@code from}, else -1.
     */
    static int toClauseAfter(Tokens t, int from, int se) {
        for (int k = from; k + 1 < se && k < from + 7; k++) {
            if (!t.isWord(k)) {
                return -1;
            }
            if ("to".equals(t.key(k)) && k > from && t.isWord(k + 1)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "accused the chancellor of using …": "of" and a gerund within a short object after the cue. */
    private boolean ofGerundAfter(int from, int se) {
        for (int k = from; k + 1 < se && k < from + 7; k++) {
            if (!t.isWord(k) || quoted.contains(k)) {
                return false;
            }
            if ("of".equals(t.key(k)) && k > from) {
                String g = t.key(k + 1);
                return g != null && g.length() > 4 && g.endsWith("ing");
            }
        }
        return false;
    }

    /**
     * "…," Digital prints cost less …, said Ms Deans.: a quotation closed on a comma and followed by a
     * capitalised word that opens new unquoted words is a sentence of its own run together with the next
     * one; the trailing cue's claim starts at that word. Else {@code ss}.
     */
    private int afterOpeningQuotation(int ss, int comma) {
        if (!quoted.contains(ss)) {
            return ss;
        }
        int k = ss;
        while (k < comma && quoted.contains(k)) {
            k++;
        }
        boolean closedOnComma = k - 2 >= ss && !t.isWord(k - 2) && t.charAt(k - 2) == ',';
        return k < comma && closedOnComma && t.isWord(k) && ctx.isCapitalized(k) && t.cue(k) == null
                && !Words.PRONOUN.contains(t.key(k)) ? k : ss;
    }

    /**
     * "…," said AK chief Isaiah Kiplagat / said party leader Jo Brandt: a lower-case title word inside the
     * phrase after the cue is followed by the person who speaks, not by the organisation before it. The
     * first token of that person's name, else {@code a}.
     */
    private int personAfterTitle(int a, int b) {
        int from = a;
        for (int k = a; k < b - 1; k++) {
            if (t.isWord(k) && !ctx.isCapitalized(k) && Words.TITLE.contains(t.key(k)) && ctx.isCapitalized(k + 1)
                    && !Words.TITLE.contains(t.key(k + 1))) {
                from = k + 1;
            }
        }
        return from;
    }

    /**
     * The person named in the comma chunks before {@code p} (the subject of a sentence whose second verb is
     * a coordinated cue: "The leader, Jo Brandt, welcomed the move but added …"), or null.
     */
    private Mention subjectPerson(int ss, int p) {
        int a = ss;
        for (int k = ss; k <= p; k++) {
            if (k == p || !t.isWord(k) && t.charAt(k) == ',') {
                boolean plain = k > a;
                for (int j = a; j < k && plain; j++) {
                    plain = !quoted.contains(j) && (!t.isWord(j) || t.cue(j) == null);
                }
                Mention m = plain ? ctx.resolve(a, k) : null;
                if (m != null && m.type() == PartyType.PERSON) {
                    return m;
                }
                a = k + 1;
            }
        }
        return null;
    }

    /**
     * "…," said Sideways producer Jane Doe: after the capitalised run that ends at {@code e}, a lower-case
     * role noun followed by a name of two to four capitalised words ending the phrase; the end of that name,
     * else -1.
     */
    private int roleThenName(int e, int se) {
        if (e + 2 >= se || !t.isWord(e) || quoted.contains(e) || ctx.isCapitalized(e) || Words.STOP.contains(t.key(e))
                || Words.isDay(t.key(e)) || t.cue(e) != null || t.key(e).endsWith("ly")) {
            return -1;
        }
        int n = e + 1;
        while (n < se && n < e + 5 && t.isWord(n) && ctx.isCapitalized(n) && !quoted.contains(n)) {
            n++;
        }
        return n - (e + 1) >= 2 && (n >= se || !t.isWord(n)) ? n : -1;
    }

    /**
     * The sentence opens with an article and a noun phrase ("A new study documenting …"): its end (before
     * a participle or a stop word), or -1.
     */
    private int openingNounPhrase(int ss, int limit) {
        if (!t.isWord(ss) || !EN_ARTICLE.contains(t.key(ss))) {
            return -1;
        }
        int e = ss + 1;
        while (e < limit && t.isWord(e) && !quoted.contains(e) && !Words.STOP.contains(t.key(e)) && t.cue(e) == null
                && !(e > ss + 1 && (t.key(e).endsWith("ing") || t.key(e).endsWith("ed")))) {
            e++;
        }
        return e > ss + 1 && e < limit ? e : -1;
    }

    private int skipSkips(int j, int se) {
        while (j < se && t.isWord(j) && (Words.SKIP.contains(t.key(j)) || Words.isDay(t.key(j)))) {
            j++;
        }
        return j;
    }

    /** Tokens [j, se) are punctuation only (the sentence's closing stop). */
    private boolean onlyPunctuation(int j, int se) {
        for (int k = j; k < se; k++) {
            if (t.isWord(k) || quoted.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
