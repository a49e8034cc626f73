package org.relecture.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import org.relecture.cache.ResultCache;
import org.relecture.server.RelectureServer;
import org.relecture.server.ServerSettings;

/**
 * Runs the server until the JVM is asked to stop. Apart from {@link ServeCommand} because picocli
 * reflects on every command's methods when it builds the command line: a server type in one of
 * them would be loaded by {@code check} too.
 */
final class ServerRun {
    private ServerRun() {
    }

    /** @param cache the result cache the server's checks use, closed when the server stops */
    static int run(ServerSettings settings, Io io, ResultCache cache) throws Exception {
        InetSocketAddress requested = settings.address();
        RelectureServer server;
        try {
            server = RelectureServer.start(settings);
        } catch (IOException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            io.err().println("relecture: cannot listen on " + requested.getHostString() + ":" + requested.getPort() + ": " + reason);
            cache.close();
            return ExitCode.USAGE_OR_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            cache.close();
            stopped.countDown();
        }, "relecture-stop"));
        server.awaitReady();
        io.err().println("relecture: listening on http://" + hostForUrl(server.address()) + "/ ("
                + settings.workers() + (settings.workers() == 1 ? " worker)" : " workers)"));
        stopped.await();
        return ExitCode.OK;
    }

    private static String hostForUrl(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
