package org.relecture.baseline;

/** A baseline file that cannot be used; the message names the file and the problem. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
