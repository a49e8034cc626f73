package org.relecture.server;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relecture.api.Relecture;

/**
 * How to run the server.
 *
 * @param relecture     what to check with: the server's level, rule selection, severities, names,
 *                      weights and workers; requests narrow the selection
 * @param allowOrigin   the value of {@code Access-Control-Allow-Origin} for browser add-ons, if any; the
 *                      origin (or {@code *}, any) whose pages may also send checks
 * @param allowedHosts  host names, besides IP addresses and {@code localhost}, that requests may be
 *                      addressed to (the {@code Host} header): a guard against DNS rebinding
 * @param log           where the server's own messages go (stderr)
 * @param verbose       one line per request, and stack traces of internal errors
 * @param warmUp        longest time varied texts are sent to the server's own port, after the workers
 *                      are built, before it says it is ready ({@link WarmUp}); zero checks one sample
 *                      per worker only
 */
public record ServerSettings(InetSocketAddress address, Relecture relecture, ServerLimits limits,
                             Optional<String> allowOrigin, List<String> allowedHosts, PrintStream log,
                             boolean verbose, Duration warmUp) {
    /**
     * A bound on the time to ready, which the rounds seldom reach: on 2 cores they settle after
     * seven or eight rounds, while a warm-up cut off at 10 s left the first request at 2.6 times
     * the steady latency against 1.9 for one that settles (README, "Server under load"). More
     * cores settle sooner.
     */
    public static final int DEFAULT_WARM_UP_SECONDS = 60;
    public static final Duration DEFAULT_WARM_UP = Duration.ofSeconds(DEFAULT_WARM_UP_SECONDS);

    public ServerSettings(InetSocketAddress address, Relecture relecture, ServerLimits limits,
                          Optional<String> allowOrigin, List<String> allowedHosts, PrintStream log, boolean verbose) {
        this(address, relecture, limits, allowOrigin, allowedHosts, log, verbose, DEFAULT_WARM_UP);
    }

    public ServerSettings {
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("warmUp must not be negative");
        }
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(relecture, "relecture");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(allowOrigin, "allowOrigin");
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(log, "log");
    }

    /** Checking workers, each with its own LanguageTool. */
    public int workers() {
        return relecture.workers();
    }
}
