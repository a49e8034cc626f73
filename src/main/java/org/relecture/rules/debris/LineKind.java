package org.relecture.rules.debris;

/** What one line of a document is, for the purpose of finding web debris. */
enum LineKind {
    BLANK,
    /** Only markup: list markers and pipes ({@code - |}), HTML tags, entities. Debris alone. */
    MARKUP,
    /** Only a web address. Debris alone. */
    URL,
    /** The byline or caption of an embedded social-media post. Debris alone. */
    EMBED,
    /** Every sentence is boilerplate, one at least strongly so. Debris alone, and an anchor. */
    BOILERPLATE,
    /** Every sentence is weak boilerplate (a legal link, a box title): debris next to an anchor. */
    WEAK_BOILERPLATE,
    /** Only meta sentences (a date, a byline, a photo credit): debris next to debris, never alone or in pairs. */
    META,
    /** A short line without final punctuation (a title, a teaser link): debris only in a block's tail. */
    SHORT,
    /** Ordinary text. */
    PROSE;

    /** Debris even when alone. */
    boolean isDebris() {
        return this == MARKUP || this == URL || this == EMBED || this == BOILERPLATE;
    }
}
