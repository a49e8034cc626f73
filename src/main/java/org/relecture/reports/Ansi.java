package org.relecture.reports;

import org.relecture.findings.Severity;

/** The few terminal colours the text report uses; plain text when colour is off. */
final class Ansi {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String severity(Severity severity, String s) {
        return switch (severity) {
            case CRITICAL -> wrap("1;35", s);
            case MAJOR -> wrap("31", s);
            case MINOR -> wrap("33", s);
            case NEUTRAL -> wrap("2", s);
        };
    }

    private String wrap(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
