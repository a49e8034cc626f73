package org.relecture.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.relecture.findings.Finding;

/**
 * The edits one pass of {@code relecture fix} makes on a text, worked out from the end so that
 * each edit's offsets are still those of the text it was found in when it is applied. An edit that
 * overlaps one already taken is a conflict: it is skipped (and reported), never merged, since two
 * rules' corrections of one place cannot both be trusted; the re-check that follows finds it again
 * if it is still needed.
 *
 * @param edits     the edits to make, in document order, none overlapping another
 * @param conflicts the fixable findings skipped because they overlap one of {@code edits}
 */
public record FixPlan(List<Edit> edits, List<Finding> conflicts) {
    /** From the end of the text: later spans first, then the longer of two that end together. */
    private static final Comparator<Edit> FROM_THE_END = Comparator.comparingInt(Edit::end).reversed()
            .thenComparing(Comparator.comparingInt(Edit::start));

    public FixPlan {
        edits = List.copyOf(edits);
        conflicts = List.copyOf(conflicts);
    }

    /** The plan for the findings on {@code text} that {@code fixable} accepts and that have a suggestion. */
    public static FixPlan of(String text, List<Finding> findings, Predicate<Finding> fixable) {
        List<Edit> candidates = findings.stream()
                .filter(f -> !f.suggestions().isEmpty() && fixable.test(f))
                .map(f -> Edit.of(text, f))
                .sorted(FROM_THE_END)
                .toList();
        List<Edit> taken = new ArrayList<>();
        List<Finding> conflicts = new ArrayList<>();
        for (Edit edit : candidates) {
            if (taken.stream().anyMatch(edit::sameChangeAs)) {
                continue;
            }
            if (taken.stream().anyMatch(edit::clashesWith)) {
                conflicts.add(edit.finding());
            } else {
                taken.add(edit);
            }
        }
        List<Edit> inOrder = new ArrayList<>(taken);
        inOrder.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        return new FixPlan(inOrder, conflicts);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** {@code text} with every edit made, from the last to the first. */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit edit = edits.get(i);
            out.replace(edit.start(), edit.end(), edit.replacement());
        }
        return out.toString();
    }
}
