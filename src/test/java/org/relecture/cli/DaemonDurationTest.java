package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code relecture daemon start --idle}: seconds, or a number with s, m or h. */
class DaemonDurationTest {
    private final DaemonCommand.DurationConverter converter = new DaemonCommand.DurationConverter();

    @Test
    void durationsInSecondsMinutesAndHours() {
        assertEquals(Duration.ofSeconds(90), converter.convert("90"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMinutes(30), converter.convert("30m"));
        assertEquals(Duration.ofHours(2), converter.convert(" 2h "));
    }

    @Test
    void anythingElseIsAUsageError() {
        for (String bad : new String[] {"", "0", "-5m", "3d", "m", "soon", "99999999999"}) {
            assertThrows(TypeConversionException.class, () -> converter.convert(bad), bad);
        }
    }

    @Test
    void aBadIdleTimeIsExitTwoBeforeAnythingStarts() {
        CliRun run = CliRun.run("daemon", "start", "--idle", "3d");
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertEquals(true, run.err().contains("'3d' is not a duration"), run.err());
    }
}
