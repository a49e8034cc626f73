package org.relecture.rules.files;

/**
 * A text that java.util.regex reads under a time budget: every few thousand characters read, it
 * looks at the clock and at the thread's interrupt, and past the deadline (or once interrupted) it
 * throws {@link Exceeded}, which stops a match that would otherwise backtrack for hours.
 */
final class BudgetedText implements CharSequence {
    /** Reads between two looks at the clock: the clock costs more than a read. */
    private static final int READS_PER_LOOK = 4096;

    private final String text;
    private final long deadline;
    private int reads;

    /** Thrown from {@link #charAt} past the deadline or on an interrupt. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("time budget exceeded", null, false, false);
        }
    }

    BudgetedText(String text, long budgetNanos) {
        this.text = text;
        this.deadline = System.nanoTime() + budgetNanos;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= READS_PER_LOOK) {
            reads = 0;
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new Exceeded();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
