package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code relecture serve}'s usage errors; the server itself is tested in org.relecture.server. */
class ServeCommandTest {
    @Test
    void aPortInUseIsAUsageErrorNamingTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            CliRun run = CliRun.run("serve", "--port", port);
            assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + port), run.err());
        }
    }

    /** The command line's start-up matters: {@code check} loads neither Jetty nor the server. */
    @Test
    void checkLoadsNoServerClass() throws Exception {
        Path text = Files.createTempFile("relecture", ".txt");
        try {
            Files.writeString(text, "Un texte.Court.");
            Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "check", "--enable-only", "MISSING_SPACE_AFTER_PUNCTUATION", text.toString())
                    .redirectErrorStream(true).start();
            String classes = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), classes.lines().filter(l -> !l.contains("class,load")).toList().toString());
            assertTrue(classes.contains("MISSING_SPACE_AFTER_PUNCTUATION"), "the check ran");
            assertTrue(classes.contains("org.relecture.cli.ServeCommand "), "the log of loaded classes is read");
            assertFalse(classes.contains("org.eclipse.jetty"), "Jetty loaded by check");
            assertFalse(classes.contains("org.relecture.server."), "the server loaded by check");
        } finally {
            Files.delete(text);
        }
    }

    @Test
    void badLimitsAndUnknownRulesAreUsageErrors() {
        CliRun limits = CliRun.run("serve", "--max-text", "0");
        assertEquals(ExitCode.USAGE_OR_INPUT, limits.exitCode());
        assertTrue(limits.err().contains("--max-text"), limits.err());

        CliRun rules = CliRun.run("serve", "--disable", "NO_SUCH_RULE_ANYWHERE");
        assertEquals(ExitCode.USAGE_OR_INPUT, rules.exitCode());
        assertTrue(rules.err().contains("NO_SUCH_RULE_ANYWHERE"), rules.err());
    }
}
