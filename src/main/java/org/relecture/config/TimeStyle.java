package org.relecture.config;

import java.util.Locale;
import java.util.Set;

/** How the house style writes times of day: the {@code times} key of the typography policy. */
public enum TimeStyle {
    /**
     * What French newsrooms print: {@code 12h45} is accepted; the Imprimerie nationale's
     * {@code 12 h 45} is asked only at {@code --level picky}.
     */
    NEWSROOM(Set.of()),
    /** The Imprimerie nationale's {@code 12 h 45} at every level (LanguageTool's HEURES[1]). */
    SPACED(Set.of("HEURES[1]"));

    private final Set<String> everyLevel;

    TimeStyle(Set<String> everyLevel) {
        this.everyLevel = everyLevel;
    }

    /** The LanguageTool sub-rules, kept for the picky level by the tuning, this style asks for always. */
    public Set<String> everyLevel() {
        return everyLevel;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
