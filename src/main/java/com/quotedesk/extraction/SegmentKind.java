package com.quotedesk.extraction;

/** What a paragraph is. Only {@link #BODY} paragraphs yield claims a reviewer must review. */
public enum SegmentKind {
    TITLE, DATELINE, BODY, CAPTION, CREDIT, BOILERPLATE
}
