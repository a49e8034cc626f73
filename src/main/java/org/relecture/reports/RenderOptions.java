package org.relecture.reports;

/** How a human-readable report should look. */
public record RenderOptions(boolean color) {
}
