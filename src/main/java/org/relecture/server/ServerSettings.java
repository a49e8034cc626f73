package org.relecture.server;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.scoring.Scorer;

/**
 * How to run the server.
 *
 * @param options       the server's level, rule selection, severities and names; requests narrow the selection
 * @param scorer        the project's category weights, for the score of {@code /api/v1/check}
 * @param allowOrigin   the value of {@code Access-Control-Allow-Origin} for browser add-ons, if any; the
 *                      origin (or {@code *}, any) whose pages may also send checks
 * @param allowedHosts  host names, besides IP addresses and {@code localhost}, that requests may be
 *                      addressed to (the {@code Host} header): a guard against DNS rebinding
 * @param log           where the server's own messages go (stderr)
 * @param verbose       one line per request, and stack traces of internal errors
 */
public record ServerSettings(InetSocketAddress address, int workers, ServerLimits limits, CheckOptions options,
                             Scorer scorer, RuleLibrary library, Optional<String> allowOrigin,
                             List<String> allowedHosts, PrintStream log, boolean verbose) {
    public ServerSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(allowOrigin, "allowOrigin");
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(log, "log");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }
}
