package org.relecture.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.relecture.findings.Finding;
import org.relecture.fix.Edit;
import org.relecture.fix.FixOutcome;
import org.relecture.scoring.ScoredDocument;

/**
 * What {@code relecture fix} tells a person about one document, apart from the diff: each fix
 * made (rule, text before and after), overlapping fixes skipped, the calibrated quality (score, band,
 * verdict) and then the raw score, before and after, and
 * every finding left for a human in the text report's form, at its place in the fixed text.
 */
public final class FixSummary {
    private final Ansi ansi;

    public FixSummary(boolean color) {
        this.ansi = new Ansi(color);
    }

    /** The lines about one document; {@code written} says whether its file was rewritten. */
    public List<String> lines(FixOutcome outcome, boolean written) {
        List<String> lines = new ArrayList<>();
        ScoredDocument after = outcome.after();
        StringBuilder head = new StringBuilder(outcome.label()).append(": ");
        if (outcome.applied().isEmpty()) {
            head.append("nothing to fix");
        } else {
            head.append(plural(outcome.applied().size(), "fix", "fixes")).append(written ? " written" : " to apply")
                    .append(" (").append(byRule(outcome.applied())).append(')');
        }
        head.append(", ").append(Numbers.quality(outcome.before().score().quality()));
        if (outcome.changed()) {
            head.append(" -> ").append(Numbers.judged(after.score().quality()));
        }
        head.append("; score ").append(Numbers.score(outcome.before().score().score()));
        if (outcome.changed()) {
            head.append(" -> ").append(Numbers.score(after.score().score()));
        }
        head.append("; ").append(plural(after.findings().size(), "finding", "findings")).append(" left for a human");
        lines.add(ansi.bold(head.toString()));
        for (Edit edit : outcome.applied()) {
            String replacement = edit.replacement().isEmpty() ? "(deleted)"
                    : "\"" + TextRenderer.excerpt(edit.replacement()) + "\"";
            lines.add("  fixed " + ansi.dim(edit.finding().rule()) + " \"" + TextRenderer.excerpt(edit.original())
                    + "\" -> " + replacement);
        }
        if (!outcome.conflicts().isEmpty()) {
            lines.add("  " + plural(outcome.conflicts().size(), "fix", "fixes")
                    + " overlapping another skipped in a pass, then re-checked");
        }
        if (!outcome.settled()) {
            lines.add("  fixes still left after " + outcome.passes() + " passes: left for a human");
        }
        for (Finding f : after.findings()) {
            lines.add("  " + TextRenderer.line(after.document(), f, ansi));
        }
        return lines;
    }

    private static String byRule(List<Edit> edits) {
        Map<String, Integer> counts = new TreeMap<>();
        edits.forEach(e -> counts.merge(e.finding().rule(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        counts.forEach((rule, n) -> sb.append(sb.length() > 0 ? ", " : "").append(rule).append(' ').append(n));
        return sb.toString();
    }

    static String plural(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
