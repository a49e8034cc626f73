package org.relecture.text;

/** An input that cannot be checked; the message names the reason, the label the input. */
public final class InputException extends Exception {
    private final String label;

    public InputException(String label, String reason) {
        super(reason);
        this.label = label;
    }

    public String label() {
        return label;
    }
}
