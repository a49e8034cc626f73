package org.relecture.rules;

import java.nio.file.Path;

/** How a rule file is named in listings and findings: its folder and file name. */
public final class RuleSource {
    private RuleSource() {
    }

    public static String of(Path file) {
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null
                ? file.getFileName().toString()
                : parent.getFileName() + "/" + file.getFileName();
    }
}
