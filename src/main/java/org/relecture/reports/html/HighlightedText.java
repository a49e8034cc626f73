package org.relecture.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.owasp.encoder.Encode;
import org.relecture.findings.Finding;

/**
 * A document's text as HTML with each finding wrapped in a {@code <mark>}. Findings may overlap
 * without nesting, which elements cannot: a mark that must close while a later-closing one is open
 * inside it closes that one too and reopens it after, so a finding can be cut into several marks
 * sharing its {@code data-f} id (only the first is a tab stop). Every character of the text is
 * written once, in order, and a finding of no width becomes an empty mark at its place.
 */
public final class HighlightedText {
    private final String text;
    private final List<Finding> findings;
    private final String idPrefix;
    private final StringBuilder html = new StringBuilder();
    private final List<Integer> open = new ArrayList<>();
    private final boolean[] started;

    private HighlightedText(String text, List<Finding> findings, String idPrefix) {
        this.text = text;
        this.findings = findings;
        this.idPrefix = idPrefix;
        this.started = new boolean[findings.size()];
    }

    /** @param idPrefix makes the findings' ids unique in the page, e.g. {@code d3-} */
    public static String render(String text, List<Finding> findings, String idPrefix) {
        return new HighlightedText(text, findings, idPrefix).render();
    }

    private String render() {
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : findings) {
            bounds.add(f.start());
            bounds.add(f.end());
        }
        Integer at = bounds.first();
        while (at != null) {
            int from = at;
            closeEnded(from);
            writeEmptyAt(from);
            openActive(from);
            Integer next = bounds.higher(from);
            if (next != null) {
                html.append(Encode.forHtmlContent(text.substring(from, next)));
            }
            at = next;
        }
        closeAbove(0);
        return html.toString();
    }

    private boolean activeAt(int i, int position) {
        Finding f = findings.get(i);
        return f.start() <= position && position < f.end();
    }

    /** Closes every mark whose finding ends here, and the marks inside it. */
    private void closeEnded(int position) {
        for (int depth = 0; depth < open.size(); depth++) {
            if (!activeAt(open.get(depth), position)) {
                closeAbove(depth);
                return;
            }
        }
    }

    private void closeAbove(int depth) {
        while (open.size() > depth) {
            open.remove(open.size() - 1);
            html.append("</mark>");
        }
    }

    private void writeEmptyAt(int position) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.start() == position && f.end() == position) {
                openTag(i, " empty");
                html.append("</mark>");
            }
        }
    }

    /** Opens the findings covering the text from here that are not open, longest-lasting outermost. */
    private void openActive(int position) {
        List<Integer> toOpen = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (activeAt(i, position) && !open.contains(i)) {
                toOpen.add(i);
            }
        }
        toOpen.sort(Comparator.comparingInt((Integer i) -> -findings.get(i).end())
                .thenComparingInt(i -> findings.get(i).start())
                .thenComparingInt(i -> i));
        for (int i : toOpen) {
            openTag(i, "");
            open.add(i);
        }
    }

    private void openTag(int i, String extraClass) {
        Finding f = findings.get(i);
        boolean first = !started[i];
        started[i] = true;
        html.append("<mark class=\"f c-").append(f.category().id()).append(" s-").append(f.severity().id())
                .append(extraClass).append(first ? "" : " cont").append('"')
                .append(" data-f=\"").append(Encode.forHtmlAttribute(idPrefix + i)).append('"')
                .append(" data-cat=\"").append(f.category().id()).append('"')
                .append(" data-sev=\"").append(f.severity().id()).append('"')
                .append(" data-rule=\"").append(Encode.forHtmlAttribute(f.rule())).append('"')
                .append(" data-msg=\"").append(Encode.forHtmlAttribute(f.message())).append('"')
                .append(" data-sug=\"").append(Encode.forHtmlAttribute(String.join("\n", f.suggestions()))).append('"');
        if (first) {
            html.append(" tabindex=\"0\"");
        }
        html.append('>');
    }
}
