package org.relecture.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.relecture.api.Relecture;
import org.relecture.server.RelectureServer;
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

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Send Access-Control-Allow-Origin: ORIGIN, for browser add-ons ('*' for any).")
    String allowOrigin;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CommonOptions common;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Logging.configure(common.verbose);
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || queue < 0 || maxBody < 1 || maxText < 1 || timeoutSeconds < 1 || port < 0 || port > 65535) {
            io.err().println("relecture: --jobs, --max-body, --max-text and --timeout must be at least 1, "
                    + "--queue at least 0, --port between 0 and 65535");
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<Relecture> relecture = ruleOptions.open(io, workers);
        if (relecture.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        ServerSettings settings = new ServerSettings(new InetSocketAddress(host, port), relecture.get(),
                new ServerLimits(maxBody, maxText, Duration.ofSeconds(timeoutSeconds), queue),
                Optional.ofNullable(allowOrigin), io.err(), common.verbose);
        RelectureServer server;
        try {
            server = RelectureServer.start(settings);
        } catch (BindException e) {
            io.err().println("relecture: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        } catch (IOException e) {
            io.err().println("relecture: cannot start the server on " + host + ":" + port + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "relecture-stop"));
        server.awaitReady();
        io.err().println("relecture: listening on http://" + hostForUrl(server.address()) + "/ ("
                + workers + (workers == 1 ? " worker)" : " workers)"));
        stopped.await();
        return ExitCode.OK;
    }

    private static String hostForUrl(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
