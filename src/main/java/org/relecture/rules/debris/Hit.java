package org.relecture.rules.debris;

import org.relecture.rules.RuleInfo;

/**
 * A piece of debris before it becomes a finding.
 *
 * @param suggestion  what to put instead: "" deletes, null when nothing sure can be offered
 * @param occurrences how many pieces of debris it stands for (a block of several boxes)
 */
record Hit(RuleInfo rule, int start, int end, String message, String suggestion, int occurrences) {
    Hit(RuleInfo rule, int start, int end, String message, String suggestion) {
        this(rule, start, end, message, suggestion, 1);
    }
}
