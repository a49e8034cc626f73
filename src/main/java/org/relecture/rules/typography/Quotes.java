package org.relecture.rules.typography;

import java.util.List;

/**
 * How the quotation marks of a document pair up (see {@link QuotePairer}). Offsets are those of
 * the marks themselves.
 *
 * @param pairs       every opening mark with its closing mark, French or not
 * @param mismatches  a {@code «} closed by a straight {@code "} or an English {@code ”}
 * @param unclosed    each {@code «} whose quotation does not end in its paragraph nor continue in the next
 * @param unopened    each {@code »} that closes nothing
 */
record Quotes(List<Pair> pairs, List<Pair> mismatches, List<Integer> unclosed, List<Integer> unopened) {
    Quotes {
        pairs = List.copyOf(pairs);
        mismatches = List.copyOf(mismatches);
        unclosed = List.copyOf(unclosed);
        unopened = List.copyOf(unopened);
    }

    /**
     * One quotation.
     *
     * @param nested true when it opened inside a {@code « »} quotation, where French puts
     *               English marks {@code “ ”} for the inner quotation
     */
    record Pair(int open, int close, char openMark, char closeMark, boolean nested) {
        boolean french() {
            return openMark == '«' && closeMark == '»';
        }
    }
}
