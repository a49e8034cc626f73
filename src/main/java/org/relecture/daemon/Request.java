package org.relecture.daemon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command as a client would run it itself, for the daemon to run instead: its arguments, the
 * client's working directory, environment and terminals, and all it has on stdin when the command
 * reads stdin.
 */
public record Request(Path directory, List<String> arguments, Map<String, String> environment, boolean console,
                      boolean stderrTerminal, byte[] stdin) {
    public Request {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }
}
