package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups debris lines into blocks, one finding each: consecutive debris lines, blank lines
 * between them allowed. Context decides the weaker lines:
 * <ul>
 *   <li>a weak boilerplate line (a legal link, a box title) joins debris it touches, and two weak
 *       lines together make a box; a meta line (a date, a byline) only joins debris;</li>
 *   <li>short unpunctuated lines (teaser links, titles of other articles) join a block with a
 *       strong boilerplate anchor only after it: all of them when they run to the end of the
 *       document, otherwise only the indented, bulleted or cut-off ones (and, up to more debris,
 *       lines of a few words). Never before it: a poem's last lines or a heading may precede a
 *       share bar.</li>
 * </ul>
 */
final class DebrisBlocks {
    /** More short lines than this after a box is more likely text (a poem) than a list of teasers. */
    private static final int MAX_TAIL = 10;
    private static final Pattern BULLET = Pattern.compile("[-*•·▪►]\\s");
    /**
     * Between two pieces of debris, a short line of a few words is a button or a stray symbol; a
     * longer one may be the headline between a breadcrumb and a share bar, and stays.
     */
    private static final int MAX_WORDS_BETWEEN = 3;

    /** Lines {@code first..last} (indices into the document's lines, blank lines included). */
    record Block(int first, int last, List<LineKind> kinds) {
        long lineCount() {
            return kinds.size();
        }

        boolean has(LineKind kind) {
            return kinds.contains(kind);
        }
    }

    private DebrisBlocks() {
    }

    static List<Block> find(List<TextLine> lines, List<LineKind> kinds) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.BLANK) {
                rows.add(i);
            }
        }
        int n = rows.size();
        LineKind[] kind = new LineKind[n];
        boolean[] marked = new boolean[n];
        for (int p = 0; p < n; p++) {
            kind[p] = kinds.get(rows.get(p));
            marked[p] = kind[p].isDebris();
        }
        markWeakLines(kind, marked);
        markTails(lines, rows, kind, marked);

        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (!marked[p]) {
                continue;
            }
            int q = p;
            List<LineKind> members = new ArrayList<>();
            while (q < n && marked[q]) {
                members.add(kind[q]);
                q++;
            }
            blocks.add(new Block(rows.get(p), rows.get(q - 1), members));
            p = q - 1;
        }
        return blocks;
    }

    private static void markWeakLines(LineKind[] kind, boolean[] marked) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = 0; p < kind.length; p++) {
                if (marked[p] || (kind[p] != LineKind.WEAK_BOILERPLATE && kind[p] != LineKind.META)) {
                    continue;
                }
                if (touches(kind, marked, p - 1, kind[p]) || touches(kind, marked, p + 1, kind[p])) {
                    marked[p] = true;
                    changed = true;
                }
            }
        }
    }

    /** Whether the line at {@code q} pulls a weak or meta line next to it into debris. */
    private static boolean touches(LineKind[] kind, boolean[] marked, int q, LineKind self) {
        if (q < 0 || q >= kind.length) {
            return false;
        }
        return marked[q] || (self == LineKind.WEAK_BOILERPLATE && kind[q] == LineKind.WEAK_BOILERPLATE);
    }

    private static void markTails(List<TextLine> lines, List<Integer> rows, LineKind[] kind, boolean[] marked) {
        int n = kind.length;
        for (int p = 0; p < n; p++) {
            if (!marked[p]) {
                continue;
            }
            int end = p;
            boolean anchored = false;
            while (end < n && marked[end]) {
                anchored |= kind[end] == LineKind.BOILERPLATE;
                end++;
            }
            if (anchored) {
                int q = end;
                while (q < n && !marked[q] && (kind[q] == LineKind.SHORT || kind[q] == LineKind.WEAK_BOILERPLATE
                        || kind[q] == LineKind.META)) {
                    q++;
                }
                boolean toTheEnd = q == n && q - end <= MAX_TAIL;
                boolean between = q < n && marked[q];
                for (int r = end; r < q; r++) {
                    TextLine line = lines.get(rows.get(r));
                    if (toTheEnd || kind[r] != LineKind.SHORT || isTeaserShaped(line)
                            || (between && Texts.wordCount(line.content()) <= MAX_WORDS_BETWEEN)) {
                        marked[r] = true;
                    } else {
                        break;
                    }
                }
            }
            p = end - 1;
        }
    }

    /** Scraped teaser lists keep the page's indentation or bullets, and cut long titles with "…". */
    private static boolean isTeaserShaped(TextLine line) {
        String content = line.content();
        return line.isIndented() || Texts.endsWithEllipsis(content) || BULLET.matcher(content).lookingAt();
    }
}
