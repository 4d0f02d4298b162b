package com.quotedesk.extraction;

/**
 * A party named in the text: a speaker or a source.
 *
 * @param text      the words as they stand in the article (may be empty when inferred from context)
 * @param start     offset of {@code text} in the article, or -1 when the party is not named at this place
 * @param end       exclusive end offset, or -1
 * @param name      the canonical name when the lexicon knows the party, otherwise the cleaned mention
 * @param type      what kind of party it is
 * @param known     whether {@code name} comes from the lexicon
 */
public record Mention(String text, int start, int end, String name, PartyType type, boolean known) {
}
