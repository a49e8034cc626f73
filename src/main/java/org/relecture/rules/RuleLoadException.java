package org.relecture.rules;

import java.nio.file.Path;

/** A rule file that cannot be used; the message names the file, and the line where known. */
public final class RuleLoadException extends Exception {
    public RuleLoadException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public RuleLoadException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
