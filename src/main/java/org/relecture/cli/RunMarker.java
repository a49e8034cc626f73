package org.relecture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file the launcher names with {@code -Drelecture.run.marker} for this command line in this
 * folder, written when a run that used the result cache completes: from then on every document
 * it could check is in the cache (not those it could not read or on which a rule failed), so the
 * launcher counts only the files changed since as work to do
 * when it picks the JIT for the next run of the same command (see the {@code relecture} script).
 * It decides speed only, never a finding.
 */
final class RunMarker {
    static final String PROPERTY = "relecture.run.marker";

    private RunMarker() {
    }

    static void write() {
        String marker = System.getProperty(PROPERTY);
        if (marker == null || marker.isEmpty()) {
            return;
        }
        try {
            Files.write(Path.of(marker), new byte[0]);
        } catch (IOException | RuntimeException e) {
            // the next run picks its JIT by the size of its input, as without a marker
        }
    }
}
