package org.relecture.reports;

import org.relecture.scoring.Gate;

/**
 * How a report should look: colour for a terminal, and the gate whose verdict reports that show
 * pass and fail (JUnit) use.
 */
public record RenderOptions(boolean color, Gate gate) {
    public RenderOptions(boolean color) {
        this(color, Gate.NONE);
    }
}
