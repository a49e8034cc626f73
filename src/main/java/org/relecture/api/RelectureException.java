package org.relecture.api;

/**
 * relecture cannot start as asked: a bad configuration, rule file, data list or baseline, a
 * missing rules folder, a rule or category that does not exist. The message is for the user as
 * it is, naming the file, the line where known, and the problem (exit code 2 on the command line).
 */
public final class RelectureException extends Exception {
    public RelectureException(String message) {
        super(message);
    }

    public RelectureException(String message, Throwable cause) {
        super(message, cause);
    }
}
