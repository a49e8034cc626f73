package org.relecture.reports;

import org.relecture.text.Document;
import org.relecture.text.LineBounds;

/**
 * A line and a column counted in UTF-16 code units, SARIF's default column unit (relecture's own
 * reports count code points, as a reader does). Lines break where {@link org.relecture.text.LineIndex}
 * breaks them.
 */
record Utf16Position(int line, int column) {
    static Utf16Position of(Document doc, int offset) {
        int lineStart = LineBounds.start(doc.text(), offset);
        return new Utf16Position(doc.lines().position(offset).line(), offset - lineStart + 1);
    }
}
