package org.relecture.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.daemon.DaemonClient;
import org.relecture.daemon.DaemonFolder;
import org.relecture.daemon.DaemonServer;
import org.relecture.daemon.Identity;
import org.relecture.daemon.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code relecture daemon start|stop|status}: a warm process serving {@code check} in the working
 * directory, so that a repeated check answers without a JVM's and LanguageTool's start-up.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Start, stop or ask about the daemon that keeps relecture warm for checks run in this directory.")
final class DaemonCommand implements Runnable {
    /** Exit code of {@code status} when no daemon runs. */
    static final int NOT_RUNNING = 1;
    /** How long {@code start} waits for the daemon to be warm. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** What the daemon checks as it starts, so that LanguageTool is loaded and its code compiled. */
    /**
     * What the daemon checks as it starts, so that LanguageTool is loaded and its code compiled:
     * clean prose, and the mistakes that wake the slower parts (spelling suggestions, an English
     * fragment, quotes, spacing).
     */
    private static final String WARM_UP = """
            Le conseil municipal a adopté mardi le budget de l'année prochaine. Les travaux de la médiathèque             commenceront au printemps, selon le maire, qui a promis « une concertation avec les habitants ».
            Les élus de l'opposition ont voter contre ce budjet ,jugeant les dépenses trop élevées.The project will             be completed next year, according to the city council. Le montant total atteint 12,5 millions d'euros.
            """;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'relecture daemon start'");
    }

    /** The daemon folder and the directory served, for this process. */
    private static DaemonFolder folder(Io io) {
        return DaemonFolder.of(io.caller().environment(), System.getProperty("user.home"));
    }

    private static Path directory() throws IOException {
        return Path.of("").toAbsolutePath().toRealPath();
    }

    @Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Start a daemon for this directory in the background (nothing happens when one runs) and "
                    + "wait until it is warm.")
    static final class Start implements Callable<Integer> {
        private final Io io;

        @Option(names = "--idle", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
                description = "Exit after DURATION without a command: seconds, or a number with s, m or h "
                        + "(default: ${DEFAULT-VALUE}).")
        Duration idle;

        @Option(names = "--foreground", description = "Run the daemon in this process until it is stopped or idle "
                + "(for a supervisor or a test).")
        boolean foreground;

        @Option(names = {"-v", "--verbose"}, description = "Log LanguageTool's and relecture's progress to stderr.")
        boolean verbose;

        Start(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Logging.configure(verbose);
            DaemonFolder folder = folder(io);
            Path directory = directory();
            try {
                folder.create();
            } catch (IOException e) {
                io.err().println("relecture: daemon: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
            if (new DaemonClient(folder).call(directory, false).isPresent()) {
                io.err().println("relecture: a daemon already runs for " + directory);
                return ExitCode.OK;
            }
            return foreground ? serve(folder, directory) : spawn(folder, directory);
        }

        private int serve(DaemonFolder folder, Path directory) {
            DaemonRunner runner = new DaemonRunner();
            DaemonServer server = new DaemonServer(folder.socket(directory), directory, idle, Identity.current(), runner);
            PrintStream silent = new PrintStream(PrintStream.nullOutputStream());
            Request warmUp = new Request(directory, List.of("check", "--no-cache", "-"), io.caller().environment(),
                    false, false, WARM_UP.getBytes(StandardCharsets.UTF_8));
            try {
                server.serve(() -> {
                    runner.run(warmUp, silent, silent);
                    io.err().println("relecture: daemon ready for " + directory + " on " + folder.socket(directory));
                });
            } catch (IOException e) {
                io.err().println("relecture: daemon: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
            return ExitCode.OK;
        }

        /** Starts {@code daemon start --foreground} in the background, on this JVM's settings, and waits until it is warm. */
        private int spawn(DaemonFolder folder, Path directory) throws IOException, InterruptedException {
            Path log = folder.log(directory);
            Process daemon = new ProcessBuilder(command()).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(log.toFile()).redirectErrorStream(true).start();
            DaemonClient client = new DaemonClient(folder);
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                Optional<String> status = client.call(directory, false);
                if (status.isPresent() && status.get().startsWith(DaemonServer.READY)) {
                    io.err().println("relecture: daemon started for " + directory + " (pid " + daemon.pid() + ")");
                    return ExitCode.OK;
                }
                if (!daemon.isAlive()) {
                    io.err().println("relecture: the daemon did not start (exit " + daemon.exitValue() + "); see " + log);
                    return ExitCode.INTERNAL;
                }
                Thread.sleep(100); // a process of our own starting up: nothing to be told by
            }
            io.err().println("relecture: the daemon was not ready after " + START_TIMEOUT.toSeconds() + " s; see " + log);
            return ExitCode.INTERNAL;
        }

        /**
         * This JVM's launcher, options and class path, running {@code daemon start --foreground}, in
         * a session of its own when {@code setsid} is there, so that closing the terminal leaves it
         * running. The options that only suit one short command go: the daemon keeps the full JIT.
         */
        private List<String> command() {
            List<String> command = new ArrayList<>();
            Path setsid = Path.of("/usr/bin/setsid");
            if (Files.isExecutable(setsid)) {
                command.add(setsid.toString());
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!option.startsWith("-XX:TieredStopAtLevel") && !option.startsWith("-D" + ProgressBar.TTY_PROPERTY)) {
                    command.add(option);
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "daemon", "start", "--foreground", "--idle", idle.toSeconds() + "s"));
            if (verbose) {
                command.add("--verbose");
            }
            return command;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Stop the daemon of this directory, if one runs.")
    static final class Stop implements Callable<Integer> {
        private final Io io;

        Stop(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            Path directory = directory();
            boolean stopped = new DaemonClient(folder(io)).call(directory, true).isPresent();
            io.err().println(stopped ? "relecture: daemon stopped for " + directory
                    : "relecture: no daemon runs for " + directory);
            return ExitCode.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Say whether a daemon runs for this directory (exit 0) or not (exit 1), and what it has done.")
    static final class Status implements Callable<Integer> {
        private final Io io;

        Status(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() throws IOException {
            Path directory = directory();
            Optional<String> status = new DaemonClient(folder(io)).call(directory, false);
            io.out().println("relecture daemon: " + status.orElse("not running for " + directory));
            io.out().flush();
            return status.isPresent() ? ExitCode.OK : NOT_RUNNING;
        }
    }

    /** {@code 90}, {@code 90s}, {@code 20m}, {@code 2h}: a duration of at least a second. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip();
            char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
            long seconds = switch (unit) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                default -> 0;
            };
            String digits = seconds == 0 ? v : v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(digits);
                if (n >= 1 && n <= 1_000_000) {
                    return Duration.ofSeconds(n * Math.max(1, seconds));
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a duration (seconds, or a number with s, m or h)");
        }
    }
}
