package org.relecture.rules.debris;

import org.relecture.rules.RuleInfo;

/**
 * A piece of debris before it becomes a finding.
 *
 * @param suggestion what to put instead: "" deletes, null when nothing sure can be offered
 */
record Hit(RuleInfo rule, int start, int end, String message, String suggestion) {
}
