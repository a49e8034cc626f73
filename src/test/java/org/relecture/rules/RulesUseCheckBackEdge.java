package org.relecture.rules;

import org.relecture.check.Checker;

/** A deliberate package cycle (rules to check, which uses rules), for BackEdgeTest only. */
final class RulesUseCheckBackEdge {
    private RulesUseCheckBackEdge() {
    }

    static int rules(Checker checker) {
        return checker.rules().size();
    }
}
