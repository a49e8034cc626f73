package org.relecture.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point: keeps the real stdout for reports, hands the command to a daemon when one serves
 * this directory ({@link DaemonUse}), else over to {@link Cli}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Whatever a library prints on its own goes to stderr, and only when asked for.
        boolean verbose = verbose(args);
        PrintStream libraries = verbose ? err : new PrintStream(OutputStream.nullOutputStream());
        System.setOut(libraries);
        System.setErr(libraries);
        Caller caller = Caller.thisProcess();
        InputStream in = new FileInputStream(FileDescriptor.in);
        if (DaemonUse.wanted(args, caller.environment())) {
            DaemonUse.Result daemon = DaemonUse.tryDaemon(args, caller, in, out, err,
                    verbose ? TerminalStream.escaping(err) : null);
            if (daemon.exitCode() != null) {
                out.flush();
                System.exit(daemon.exitCode());
            }
            in = daemon.stdin();
        }
        int code = Cli.run(new Io(in, out, err, caller, Optional.empty()), args);
        out.flush();
        System.exit(code);
    }

    /** Whether the arguments ask for {@code -v}, before picocli has read them. */
    static boolean verbose(String[] args) {
        return Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
    }
}
