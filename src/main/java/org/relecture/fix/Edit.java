package org.relecture.fix;

import java.util.Objects;
import org.relecture.findings.Finding;

/**
 * One correction to make: the span of a finding replaced by its first suggestion.
 *
 * @param original the text of the span
 * @param finding  the finding it fixes, with offsets into the text the edit applies to
 */
public record Edit(int start, int end, String original, String replacement, Finding finding) {
    public Edit {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(finding, "finding");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The finding's first suggestion over its span of {@code text}. */
    public static Edit of(String text, Finding finding) {
        return new Edit(finding.start(), finding.end(), text.substring(finding.start(), finding.end()),
                finding.suggestions().get(0), finding);
    }

    /** True when applying both leaves it unclear what the text becomes. */
    boolean clashesWith(Edit other) {
        if (start == end && other.start == other.end) {
            return start == other.start;
        }
        // Overlapping spans, or an insertion strictly inside the other's span; touching is fine.
        return start < other.end && other.start < end;
    }

    /** True when both make the same change: applying one is applying both. */
    boolean sameChangeAs(Edit other) {
        return start == other.start && end == other.end && replacement.equals(other.replacement);
    }
}
