package com.quotedesk.extraction;

/** One cue read in a sentence. Token indices; clause bounds -1 when the cue reports no clause. */
final class Attribution {

    final int cueTok;
    final Words.Cue cue;
    Mention speaker;
    Mention source;
    boolean inferred;
    int clauseStart = -1;
    int clauseEnd = -1;
    /** "أن ما ذكره X بأن …": a report inside another cue's clause, which it does not end. */
    boolean nested;
    /**
     * "Mr Howard pointed to the IFS' predictions that …": a report the sentence mentions in passing; its speaker
     * is not the voice a following "He …" continues.
     */
    boolean passing;
    /** "…، وفقا لوكالة تاس": only lends its channel to the sentence's other cues. */
    boolean channelOnly;

    Attribution(int cueTok, Words.Cue cue) {
        this.cueTok = cueTok;
        this.cue = cue;
    }
}
