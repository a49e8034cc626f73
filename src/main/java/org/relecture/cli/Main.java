package org.relecture.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point: keeps the real stdout for reports, then hands over to {@link Cli}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Whatever a library prints on its own goes to stderr, and only when asked for.
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose")
                || java.util.Arrays.asList(args).contains("-v");
        PrintStream libraries = verbose ? err : new PrintStream(OutputStream.nullOutputStream());
        System.setOut(libraries);
        System.setErr(libraries);
        int code = Cli.run(new Io(new FileInputStream(FileDescriptor.in), out, err), args);
        out.flush();
        System.exit(code);
    }
}
