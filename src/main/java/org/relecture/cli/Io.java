package org.relecture.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The process's real standard streams. {@link Main} points {@code System.out} and
 * {@code System.err} elsewhere so that library chatter cannot corrupt a report; commands write
 * through these instead.
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {
}
