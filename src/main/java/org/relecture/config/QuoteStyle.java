package org.relecture.config;

import java.util.Locale;

/** Which quotation marks the house style expects. */
public enum QuoteStyle {
    /** « » only: other quotation marks are reported (QUOTES_NOT_FRENCH). */
    FRENCH,
    /** Any quotation marks: the French-quote rules are off; pairing and spacing are still checked. */
    ANY;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
