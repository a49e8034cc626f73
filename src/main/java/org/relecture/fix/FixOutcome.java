package org.relecture.fix;

import java.util.List;
import java.util.Objects;
import org.relecture.findings.Finding;
import org.relecture.scoring.ScoredDocument;

/**
 * What {@code relecture fix} did to one document.
 *
 * @param before    the document as it was, checked and scored (or the reason it could not be)
 * @param after     the fixed text checked again from scratch, so every finding left points at the
 *                  text as it now is; the same as {@code before} when nothing was fixed; null when
 *                  {@code before} could not be checked
 * @param applied   the edits made, each with the finding it fixes, pass after pass (the offsets of
 *                  a later pass are those of the text the pass before left)
 * @param conflicts fixable findings skipped because they overlapped an edit of the same pass
 * @param passes    how many passes made edits: a fix can reveal another (a second foreign quotation
 *                  once the first is fixed), which the re-check after each pass finds
 * @param settled   false when the last pass allowed still left fixes to make
 */
public record FixOutcome(ScoredDocument before, ScoredDocument after, String fixedText, List<Edit> applied,
                         List<Finding> conflicts, int passes, boolean settled) {
    public FixOutcome {
        Objects.requireNonNull(before, "before");
        applied = List.copyOf(applied);
        conflicts = List.copyOf(conflicts);
    }

    /** A document that could not be checked, so was not fixed. */
    public static FixOutcome unchecked(ScoredDocument before) {
        return new FixOutcome(before, null, null, List.of(), List.of(), 0, true);
    }

    public boolean ok() {
        return before.ok() && after != null && after.ok();
    }

    public String label() {
        return before.label();
    }

    /** True when the fixed text differs from the original. */
    public boolean changed() {
        return ok() && !fixedText.equals(before.document().text());
    }

    /** The unified diff from the original text to the fixed one; empty when nothing changed. */
    public String diff() {
        return changed() ? UnifiedDiff.of(label(), before.document().text(), fixedText) : "";
    }
}
