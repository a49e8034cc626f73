package org.relecture.text;

import java.util.Arrays;

/**
 * Maps absolute offsets to line and column. A line ends at LF, CR or CRLF (a CRLF is one break),
 * so files from any platform number their lines as an editor does.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public LineColumn position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        int column = text.codePointCount(lineStarts[line], offset) + 1;
        return new LineColumn(line + 1, column);
    }
}
