package org.relecture.cli;

import java.util.Map;

/**
 * What a command knows of whoever runs it besides arguments and streams: the environment, and
 * which streams are terminals (colour, the progress bar). In-process these are the JVM's own; a
 * command the daemon runs for a client gets the client's.
 *
 * @param console        whether stdin and stdout are a terminal ({@code System.console()})
 * @param stderrTerminal whether stderr is a terminal (the launcher says so, Java cannot tell)
 */
public record Caller(Map<String, String> environment, boolean console, boolean stderrTerminal) {
    public Caller {
        environment = Map.copyOf(environment);
    }

    /** This JVM's environment and terminals. */
    public static Caller thisProcess() {
        return new Caller(System.getenv(), System.console() != null,
                "true".equals(System.getProperty(ProgressBar.TTY_PROPERTY)));
    }
}
