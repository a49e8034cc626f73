package org.relecture.cli;

import org.relecture.check.Checker;

/** A deliberate shortcut past the facade, for BackEdgeTest only. */
final class CliUsesCheckerBackEdge {
    private CliUsesCheckerBackEdge() {
    }

    static int rules(Checker checker) {
        return checker.rules().size();
    }
}
