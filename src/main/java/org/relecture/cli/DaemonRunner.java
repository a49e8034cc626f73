package org.relecture.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;
import org.relecture.api.KeptCheckers;
import org.relecture.daemon.DaemonServer;
import org.relecture.daemon.Request;

/**
 * What the daemon does with a client's command: runs it as {@link Main} would in the client, on
 * the client's stdin, environment and terminals, writing to the connection, with the checkers of
 * earlier commands kept ({@link KeptCheckers}). Commands run one at a time, so that setting where
 * library chatter goes, as {@link Main} does, holds for the one running.
 */
final class DaemonRunner implements DaemonServer.Runner {
    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

    private final KeptCheckers kept = new KeptCheckers();

    @Override
    public int run(Request request, PrintStream out, PrintStream err) {
        String[] args = request.arguments().toArray(String[]::new);
        if (args.length == 0 || !DaemonUse.COMMANDS.contains(args[0])) {
            err.println("relecture: the daemon runs only " + String.join(", ", DaemonUse.COMMANDS));
            return ExitCode.USAGE_OR_INPUT;
        }
        PrintStream libraries = Main.verbose(args) ? err : SILENT;
        System.setOut(libraries);
        System.setErr(libraries);
        try {
            Caller caller = new Caller(request.environment(), request.console(), request.stderrTerminal());
            return Cli.run(new Io(new ByteArrayInputStream(request.stdin()), out, err, caller, Optional.of(kept)), args);
        } finally {
            System.setOut(SILENT);
            System.setErr(SILENT);
        }
    }
}
