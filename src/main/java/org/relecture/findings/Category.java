package org.relecture.findings;

import java.util.Locale;

/**
 * The fixed category set of DESIGN.md, aligned with MQM issue types. The id is what reports and
 * configuration files use.
 */
public enum Category {
    UNTRANSLATED("Accuracy / Untranslated"),
    MISTRANSLATION("Accuracy / Mistranslation"),
    GRAMMAR("Fluency / Grammar"),
    SPELLING("Fluency / Spelling"),
    PUNCTUATION("Fluency / Punctuation"),
    SPACING("Fluency / Whitespace"),
    TYPOGRAPHY("Locale convention"),
    CONSISTENCY("Terminology / Inconsistent"),
    STYLE("Style / Unidiomatic"),
    DEBRIS("Design / Markup");

    private final String mqm;

    Category(String mqm) {
        this.mqm = mqm;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mqm() {
        return mqm;
    }
}
