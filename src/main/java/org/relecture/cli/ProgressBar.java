package org.relecture.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.relecture.reports.TerminalText;

/**
 * A one-line progress bar for corpus runs, redrawn in place with a carriage return and cleared at
 * the end, for a person watching stderr on a terminal; off in CI logs, pipes and files. Java cannot
 * ask whether stderr is a terminal ({@code System.console()} needs stdin and stdout too), so the
 * launcher tells it with {@code -Drelecture.stderr.tty=true} when {@code [ -t 2 ]}.
 */
final class ProgressBar {
    static final String TTY_PROPERTY = "relecture.stderr.tty";
    static final ProgressBar OFF = new ProgressBar(null, 0, 0);
    private static final int BAR = 24;
    private static final int DEFAULT_COLUMNS = 80;

    private final Appendable out;
    private final int total;
    private final int columns;
    private int done;
    private String last = "";
    private int drawn;

    ProgressBar(Appendable out, int total, int columns) {
        this.out = out;
        this.total = total;
        this.columns = columns;
    }

    /** A bar for this run on {@code err}, or {@link #OFF} unless a person is watching a terminal. */
    static ProgressBar forRun(Appendable err, int inputs, Map<String, String> env, String ttyProperty) {
        if (!wanted(inputs, env, ttyProperty)) {
            return OFF;
        }
        int columns = DEFAULT_COLUMNS;
        try {
            columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
        } catch (NumberFormatException e) {
            // not set or not a number: the classic width
        }
        return new ProgressBar(err, inputs, Math.max(40, columns));
    }

    static boolean wanted(int inputs, Map<String, String> env, String ttyProperty) {
        return inputs > 1 && "true".equals(ttyProperty) && !env.containsKey("NO_COLOR") && !env.containsKey("CI")
                && !"dumb".equals(env.get("TERM"));
    }

    void start() {
        draw();
    }

    void advance(String label) {
        done++;
        // the bar writes around stderr's escaping (its carriage returns are its own), so it escapes its labels
        last = TerminalText.escape(label);
        draw();
    }

    /** Wipes the bar, so a message can take the line; the next {@link #advance} draws it again. */
    void clear() {
        if (out == null || drawn == 0) {
            return;
        }
        write("\r" + " ".repeat(drawn) + "\r");
        drawn = 0;
    }

    String line() {
        int filled = total == 0 ? BAR : BAR * done / total;
        String head = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total;
        int room = columns - 1 - head.length() - 1;
        if (last.isEmpty() || room < 2) {
            return head;
        }
        String label = last.codePointCount(0, last.length()) <= room ? last
                : "…" + last.substring(last.offsetByCodePoints(last.length(), -(room - 1)));
        return head + " " + label;
    }

    private void draw() {
        if (out == null) {
            return;
        }
        String line = line();
        int width = line.codePointCount(0, line.length());
        write("\r" + line + " ".repeat(Math.max(0, drawn - width)));
        drawn = Math.max(width, drawn);
    }

    private void write(String s) {
        try {
            out.append(s);
            if (out instanceof Flushable f) {
                f.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
