package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
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
