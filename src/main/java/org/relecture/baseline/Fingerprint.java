package org.relecture.baseline;

import java.nio.file.Path;
import org.relecture.findings.Finding;
import org.relecture.text.Document;
import org.relecture.text.LineBounds;

/**
 * What identifies a finding across edits of its file: the file, the rule, the text it covers and
 * a few words around it, never its offsets. An edit elsewhere in the file leaves it unchanged; an
 * edit of the sentence around the finding makes it a new finding, to be looked at again.
 */
public record Fingerprint(String path, String rule, String text, String before, String after) {
    /** Characters of context on each side, within the finding's line. */
    static final int CONTEXT = 20;

    public static Fingerprint of(Document document, Finding finding) {
        String text = document.text();
        int from = Math.max(LineBounds.start(text, finding.start()), finding.start() - CONTEXT);
        int to = Math.min(LineBounds.end(text, finding.end()), finding.end() + CONTEXT);
        return new Fingerprint(normalPath(document.path()), finding.rule(),
                squeeze(document.slice(finding.start(), finding.end())),
                squeeze(text.substring(from, finding.start())), squeeze(text.substring(finding.end(), to)));
    }

    /** {@code ./docs/a.txt} and {@code docs/a.txt} are one file, on every system. */
    static String normalPath(String path) {
        if (path.equals("-")) {
            return path;
        }
        return Path.of(path).normalize().toString().replace('\\', '/');
    }

    /** Spacing is not what a baseline is about: a reflowed paragraph keeps its findings. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
