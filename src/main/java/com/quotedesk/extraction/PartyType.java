package com.quotedesk.extraction;

/** What kind of party a speaker or a source is. */
public enum PartyType {
    PERSON, ORGANISATION, GOVERNMENT, MEDIA, STATEMENT, CROWD, ANONYMOUS
}
