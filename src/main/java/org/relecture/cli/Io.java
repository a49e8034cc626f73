package org.relecture.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;
import org.relecture.api.KeptCheckers;

/**
 * The streams a command reads and writes, who runs it, and what a long-lived process keeps for
 * it. {@link Main} points {@code System.out} and {@code System.err} elsewhere so that library
 * chatter cannot corrupt a report; commands write through these instead. The daemon makes one per
 * command it runs for a client: the client's streams, environment and terminals, and the checkers
 * it keeps.
 *
 * @param kept where checkers wait between commands; empty in a process that runs one command
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Caller caller, Optional<KeptCheckers> kept) {
    /** This process's streams as given, its own environment and terminals, nothing kept. */
    public Io(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, Caller.thisProcess(), Optional.empty());
    }

    /** The same with another stderr. */
    Io withErr(PrintStream other) {
        return new Io(in, out, other, caller, kept);
    }
}
