package org.relecture.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the command line in-process with captured streams. */
record CliRun(int exitCode, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<List<String>, CliRun> SHARED = new ConcurrentHashMap<>();

    static CliRun run(String... args) {
        return withStdin(new byte[0], args);
    }

    /**
     * A run that reads the repository's files and writes none (such as {@code check seeds/}), made
     * once for the whole test run: several tests read the same report, and each run of the seeds
     * costs seconds of LanguageTool. Callers must not depend on a fresh run.
     */
    static CliRun shared(String... args) {
        return SHARED.computeIfAbsent(List.of(args), a -> run(args));
    }

    static CliRun withStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new Io(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
        }
    }
}
