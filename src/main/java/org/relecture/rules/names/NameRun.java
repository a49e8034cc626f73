package org.relecture.rules.names;

/** A capitalised word or a sequence of them, as written: a candidate name ({@code Kim Jong Un}). */
record NameRun(int start, int end, String text) {
}
