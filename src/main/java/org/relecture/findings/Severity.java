package org.relecture.findings;

import java.util.Locale;

/** MQM severities; the multiplier is the penalty weight of one finding. */
public enum Severity {
    NEUTRAL(0),
    MINOR(1),
    MAJOR(5),
    CRITICAL(25);

    private final int multiplier;

    Severity(int multiplier) {
        this.multiplier = multiplier;
    }

    public int multiplier() {
        return multiplier;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
