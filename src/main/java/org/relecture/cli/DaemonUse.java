package org.relecture.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relecture.daemon.DaemonClient;
import org.relecture.daemon.DaemonFolder;
import org.relecture.daemon.Request;

/**
 * Whether and how a command goes to the daemon serving the working directory ({@code relecture
 * daemon start}). {@code check} does when one runs, unless {@code --no-daemon} or
 * {@code RELECTURE_NO_DAEMON} says not to; nothing starts one implicitly. The daemon is never needed:
 * when there is none, or it refuses (another version, a changed jar) or fails before answering,
 * the command runs in this process as if no daemon existed, with a note on stderr under {@code -v}
 * only.
 */
final class DaemonUse {
    static final String NO_DAEMON = "--no-daemon";
    static final String OFF_VARIABLE = "RELECTURE_NO_DAEMON";
    /** The commands a daemon runs. */
    static final Set<String> COMMANDS = Set.of("check");
    /** stdin read to send with a command, at most; a command with more on stdin runs here. */
    private static final int MAX_STDIN = 64 << 20;

    /** What the client is left with: the daemon's exit code, or the stdin to run the command here with. */
    record Result(Integer exitCode, InputStream stdin) {
    }

    private DaemonUse() {
    }

    /** Whether {@code args} may go to a daemon in this environment. */
    static boolean wanted(String[] args, Map<String, String> environment) {
        String off = environment.get(OFF_VARIABLE);
        return args.length > 0 && COMMANDS.contains(args[0]) && !Arrays.asList(args).contains(NO_DAEMON)
                && (off == null || off.isEmpty() || off.equals("0"));
    }

    /**
     * Runs {@code args} in the daemon when one serves this directory, its output written raw to
     * {@code out} and {@code err}.
     *
     * @param note where a note on why the daemon was not used goes (stderr under -v), or null
     */
    static Result tryDaemon(String[] args, Caller caller, InputStream stdin, PrintStream out, PrintStream err,
                            PrintStream note) {
        byte[] input = new byte[0];
        try {
            if (Arrays.asList(args).contains("-")) {
                input = stdin.readNBytes(MAX_STDIN + 1);
                if (input.length > MAX_STDIN) {
                    return declined(note, "more than " + MAX_STDIN + " bytes on stdin", input, stdin);
                }
            }
            Path directory = Path.of("").toAbsolutePath().toRealPath();
            Request request = new Request(directory, List.of(args), caller.environment(), caller.console(),
                    caller.stderrTerminal(), input);
            DaemonClient.Outcome outcome = new DaemonClient(DaemonFolder.of(caller.environment(),
                    System.getProperty("user.home"))).run(request, out, err);
            if (outcome instanceof DaemonClient.Done done) {
                return new Result(done.exitCode(), null);
            }
            if (outcome instanceof DaemonClient.Broken broken) {
                err.println("relecture: the daemon failed while answering: " + broken.reason());
                return new Result(ExitCode.INTERNAL, null);
            }
            return declined(note, ((DaemonClient.Declined) outcome).reason(), input, stdin);
        } catch (IOException e) {
            return declined(note, String.valueOf(e.getMessage()), input, stdin);
        }
    }

    /** The command runs here, on the stdin already read followed by the rest. */
    private static Result declined(PrintStream note, String reason, byte[] read, InputStream rest) {
        if (note != null) {
            note.println("relecture: daemon not used (" + reason + "): checking in this process");
        }
        return new Result(null, new SequenceInputStream(new java.io.ByteArrayInputStream(read), rest));
    }
}
