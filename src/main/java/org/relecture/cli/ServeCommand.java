package org.relecture.cli;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.Relecture;
import org.relecture.cache.ResultCache;
import org.relecture.server.ServerLimits;
import org.relecture.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve relecture over HTTP: LanguageTool's API (/v2/check, /v2/languages) for editors' "
                + "tools, /api/v1/check, /health, and a checking page at /.",
                "Runs until interrupted."})
final class ServeCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
            description = "Port (default: ${DEFAULT-VALUE}, LanguageTool's; 0 picks a free one).")
    int port;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Checking workers, each with its own LanguageTool (default: the number of cores).")
    Integer jobs;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "Checks that may wait for a worker; more are answered 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body; larger ones are answered 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "100000",
            description = "Longest text, markup included; longer ones are answered 413 (default: ${DEFAULT-VALUE}).")
    int maxText;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit of one check, waiting included; later ones are answered 504 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time a request has to arrive, head and body, from its first byte; later ones are "
                    + "answered 408 (default: ${DEFAULT-VALUE}).")
    int readTimeoutSeconds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A connection with nothing to read or write for this long is closed (default: ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "128",
            description = "Open connections; more wait to be accepted (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-matches", paramLabel = "N", defaultValue = "1000",
            description = "Matches listed in one answer; more are left out with a warning (default: ${DEFAULT-VALUE}).")
    int maxMatches;

    @Option(names = "--max-error-rate", paramLabel = "RATE", defaultValue = "0.5",
            description = "Past 25 words, matches listed per word at most, as LanguageTool's maxErrorsPerWordRate "
                    + "(default: ${DEFAULT-VALUE}).")
    double maxErrorRate;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "" + ServerSettings.DEFAULT_WARM_UP_SECONDS,
            description = "Longest time spent sending varied texts to the server's own port before /health says "
                    + "ready, so that the first requests run compiled code; less once the JIT has caught up "
                    + "(default: ${DEFAULT-VALUE}; 0 checks one sample only).")
    int warmUpSeconds;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Let pages of ORIGIN send checks, and send Access-Control-Allow-Origin: ORIGIN, for "
                    + "browser add-ons ('*' for any).")
    String allowOrigin;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "Answer requests addressed to NAME (the Host header) besides IP addresses, localhost "
                    + "and --host; others are refused (DNS rebinding).")
    List<String> allowedHosts = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CacheOptions cacheOptions;

    @Mixin
    CommonOptions common;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Logging.configure(common.verbose);
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || queue < 0 || maxBody < 1 || maxText < 1 || timeoutSeconds < 1 || port < 0 || port > 65535
                || warmUpSeconds < 0 || readTimeoutSeconds < 1 || idleTimeoutSeconds < 1 || maxConnections < 1 || maxMatches < 1
                || !(maxErrorRate > 0) || Double.isInfinite(maxErrorRate)) {
            io.err().println("relecture: --jobs, --max-body, --max-text, --timeout, --read-timeout, --idle-timeout, "
                    + "--max-connections and --max-matches must be at least 1, --max-error-rate above 0, "
                    + "--queue and --warm-up at least 0, --port between 0 and 65535");
            return ExitCode.USAGE_OR_INPUT;
        }
        ResultCache cache = cacheOptions.open(io);
        Optional<Relecture> relecture = ruleOptions.open(io, builder -> builder.workers(workers).cache(cache));
        if (relecture.isEmpty()) {
            cache.close();
            return ExitCode.USAGE_OR_INPUT;
        }
        ServerLimits limits = new ServerLimits(maxBody, maxText, Duration.ofSeconds(timeoutSeconds), queue,
                Duration.ofSeconds(readTimeoutSeconds), Duration.ofSeconds(idleTimeoutSeconds), maxConnections,
                maxMatches, maxErrorRate);
        ServerSettings settings = new ServerSettings(new InetSocketAddress(host, port), relecture.get(), limits,
                Optional.ofNullable(allowOrigin), allowedHosts, io.err(), common.verbose,
                Duration.ofSeconds(warmUpSeconds));
        return ServerRun.run(settings, io, cache);
    }
}
