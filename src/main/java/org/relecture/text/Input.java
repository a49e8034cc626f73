package org.relecture.text;

import java.nio.file.Path;

/** One thing to check, as named on the command line or found in a directory. */
public sealed interface Input {
    /** The name reports use for it. */
    String label();

    record File(Path path, String label) implements Input {
    }

    record Stdin() implements Input {
        @Override
        public String label() {
            return "<stdin>";
        }
    }

    /** A path that could not even be listed: reported in order with the others. */
    record Unreadable(String label, String reason) implements Input {
    }
}
