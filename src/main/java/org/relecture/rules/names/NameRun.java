package org.relecture.rules.names;

/** A capitalised word or a sequence of them, as written: a candidate name ({@code Lee Kuan Yew}). */
record NameRun(int start, int end, String text) {
}
