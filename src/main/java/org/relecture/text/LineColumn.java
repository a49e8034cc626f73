package org.relecture.text;

/** A 1-based line and a 1-based column counted in Unicode code points (what a reader sees). */
public record LineColumn(int line, int column) {
}
