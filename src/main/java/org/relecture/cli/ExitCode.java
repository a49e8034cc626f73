package org.relecture.cli;

/** The process exit codes, documented in the README. */
public final class ExitCode {
    /** Everything named was checked, with or without findings. */
    public static final int OK = 0;
    /** The quality gate failed (reserved for {@code relecture gate}). */
    public static final int QUALITY_FAILED = 1;
    /** {@code relecture fix} without {@code --write}: there are fixes to apply, as {@code git diff --exit-code}. */
    public static final int FIXES_TO_APPLY = 1;
    /** A usage error, or an input that could not be read; the other inputs were still checked. */
    public static final int USAGE_OR_INPUT = 2;
    /** relecture itself failed: a bug to report. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
