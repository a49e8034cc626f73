package org.relecture.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    enum ColorMode {
        AUTO, ALWAYS, NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = {"-v", "--verbose"}, description = "Log LanguageTool's and relecture's progress to stderr.")
    boolean verbose;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "auto colours only a terminal, and never when NO_COLOR is set).")
    ColorMode color;

    boolean useColor(Caller caller) {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> caller.console() && caller.environment().get("NO_COLOR") == null
                    && !"dumb".equals(caller.environment().get("TERM"));
        };
    }
}
