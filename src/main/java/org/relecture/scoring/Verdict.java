package org.relecture.scoring;

import java.util.Locale;

/** Whether a text's penalty per 1,000 words is within the project's tolerance. */
public enum Verdict {
    PASS,
    FAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
