package org.relecture.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link Main} in a JVM of its own, for what a test cannot do in-process: signals, or a
 * process with fewer privileges than the test's.
 */
final class ChildCli {
    private ChildCli() {
    }

    /**
     * @param prefix a command the JVM runs under ({@code setpriv ...}), or none
     * @param out    where stdout goes; stderr goes to {@code err}
     */
    static ProcessBuilder command(List<String> prefix, Path out, Path err, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    static Process start(Path out, Path err, String... args) throws IOException {
        return command(List.of(), out, err, args).start();
    }
}
