package org.relecture.text;

import java.util.Objects;

/**
 * A region of a document that is markup, not prose: a Markdown heading marker, a link target, an
 * emphasis marker. Checkers skip it; {@code readAs} is what it stands for in the prose around it
 * (a paragraph break, a space, or nothing), so sentences on either side are not glued together.
 */
public record Markup(int start, int end, String readAs) {
    public Markup {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad markup span " + start + ".." + end);
        }
        Objects.requireNonNull(readAs, "readAs");
    }
}
