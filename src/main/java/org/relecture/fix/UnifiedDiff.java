package org.relecture.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} and {@code git diff} print it, so that
 * {@code patch -p0} or {@code git apply} can apply it: {@code ---}/{@code +++} headers, hunks with
 * three lines of context, and {@code \ No newline at end of file} where a last line has none. A
 * line keeps its carriage return, so a file with CRLF endings gets a diff that patches it.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {
    }

    /** The diff, empty when the texts are equal. */
    public static String of(String label, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(label).append('\n');
        out.append("+++ ").append(label).append('\n');
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            // Deltas whose contexts touch make one hunk.
            while (j + 1 < deltas.size()
                    && deltas.get(j + 1).getSource().getPosition() - end(deltas.get(j)) <= 2 * CONTEXT) {
                j++;
            }
            hunk(out, a, b, deltas.subList(i, j + 1));
            i = j + 1;
        }
        return out.toString();
    }

    private static int end(AbstractDelta<String> delta) {
        return delta.getSource().getPosition() + delta.getSource().size();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<AbstractDelta<String>> deltas) {
        AbstractDelta<String> first = deltas.get(0);
        AbstractDelta<String> last = deltas.get(deltas.size() - 1);
        int aStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
        int bStart = Math.max(0, first.getTarget().getPosition() - CONTEXT);
        int aEnd = Math.min(a.size(), end(last) + CONTEXT);
        int bEnd = Math.min(b.size(), last.getTarget().getPosition() + last.getTarget().size() + CONTEXT);
        out.append("@@ -").append(range(aStart, aEnd - aStart)).append(" +").append(range(bStart, bEnd - bStart))
                .append(" @@\n");
        int at = aStart;
        for (AbstractDelta<String> delta : deltas) {
            for (; at < delta.getSource().getPosition(); at++) {
                line(out, ' ', a.get(at));
            }
            for (int k = 0; k < delta.getSource().size(); k++) {
                line(out, '-', a.get(delta.getSource().getPosition() + k));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                line(out, '+', b.get(delta.getTarget().getPosition() + k));
            }
            at = end(delta);
        }
        for (; at < aEnd; at++) {
            line(out, ' ', a.get(at));
        }
    }

    private static void line(StringBuilder out, char mark, String line) {
        out.append(mark).append(line);
        if (!line.endsWith("\n")) {
            out.append('\n').append(NO_NEWLINE);
        }
    }

    /** {@code start,count} with 1-based lines, as unified diffs write it ({@code start-1,0} when empty). */
    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return (start + 1) + (count == 1 ? "" : "," + count);
    }

    /**
     * The lines with their {@code \n} (and a {@code \r} before it), so that a last line with and
     * without its break differ.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            lines.add(text.substring(from, i + 1));
            from = i + 1;
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }
}
