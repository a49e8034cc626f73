package org.relecture.rules;

/** How much to report: {@code picky} adds the rules LanguageTool keeps for careful proofreading. */
public enum Level {
    DEFAULT,
    PICKY;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
