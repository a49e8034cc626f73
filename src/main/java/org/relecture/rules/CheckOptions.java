package org.relecture.rules;

import java.util.Objects;

/** What a check should report. Grows as rule selection and configuration arrive. */
public record CheckOptions(Level level) {
    public CheckOptions {
        Objects.requireNonNull(level, "level");
    }

    public static CheckOptions defaults() {
        return new CheckOptions(Level.DEFAULT);
    }
}
