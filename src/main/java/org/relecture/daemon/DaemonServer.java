package org.relecture.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The daemon: listens on a Unix domain socket in an owner-only folder and runs each client's
 * command as the client would have, one command at a time (a command sets JVM-wide state: logging
 * levels, where library chatter goes). It refuses a client of another relecture, Java or working
 * directory, and stops for good when its own jar changed on disk; the client then runs the
 * command itself. It exits when told to, or when no command came for its idle time.
 */
public final class DaemonServer {
    /** Runs one command, as {@code relecture} would in the client's place; returns its exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(Request request, PrintStream out, PrintStream err) throws Exception;
    }

    /** How {@link #status} begins once the daemon is warm. */
    public static final String READY = "ready";

    private final Path socket;
    private final Path directory;
    private final Duration idle;
    private final String identity;
    private final Runner runner;
    private final ReentrantLock running = new ReentrantLock(true);
    private final AtomicLong served = new AtomicLong();
    private final Object activity = new Object();
    private long lastActive = System.nanoTime();
    private int active;
    private volatile boolean ready;
    private volatile String stopping;
    private ServerSocketChannel server;

    /**
     * @param directory the working directory served (a real path)
     * @param identity  this JVM's {@link Identity}, as it started
     */
    public DaemonServer(Path socket, Path directory, Duration idle, String identity, Runner runner) {
        this.socket = socket;
        this.directory = directory;
        this.idle = idle;
        this.identity = identity;
        this.runner = runner;
    }

    /**
     * Listens, runs {@code warmUp} (clients wait meanwhile), then serves until stopped or idle;
     * removes the socket on the way out.
     *
     * @throws IOException when the socket cannot be made (another daemon listens there, say)
     */
    public void serve(Runnable warmUp) throws IOException {
        if (Files.exists(socket)) {
            if (answers(socket)) {
                throw new IOException("a daemon already listens on " + socket);
            }
            Files.delete(socket); // left by a daemon that died: nobody listens
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Object bound = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
        // Killed (SIGTERM, the session ending), the daemon still takes its socket away.
        Thread removal = new Thread(() -> removeSocket(bound), "relecture-daemon-exit");
        Runtime.getRuntime().addShutdownHook(removal);
        try {
            running.lock();
            try {
                warmUp.run();
            } finally {
                synchronized (activity) {
                    lastActive = System.nanoTime(); // idle from now, however long the warm-up took
                }
                ready = true;
                running.unlock();
            }
            Thread watchdog = new Thread(this::exitWhenIdle, "relecture-daemon-idle");
            watchdog.setDaemon(true);
            watchdog.start();
            acceptUntilClosed();
        } finally {
            // The last command finishes before the socket goes.
            running.lock();
            try {
                removeSocket(bound);
            } finally {
                running.unlock();
            }
        }
    }

    /** Deletes the socket this daemon made, not one a later daemon made at the same path. */
    private void removeSocket(Object bound) {
        try {
            if (bound.equals(Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey())) {
                Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            // gone already
        }
    }

    /** Whether something answers on {@code socket}. */
    static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private void acceptUntilClosed() throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return; // stopped, or idle
            }
            Thread handler = new Thread(() -> handle(client), "relecture-daemon-client");
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(SocketChannel client) {
        begin();
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            if (in.readInt() != Wire.MAGIC || in.readInt() != Wire.VERSION) {
                Wire.writeText(out, Wire.REFUSED, "another protocol");
                return;
            }
            String theirs = Wire.readString(in);
            byte kind = in.readByte();
            if (kind == Wire.STATUS) {
                Wire.writeText(out, Wire.TEXT, status());
                Wire.writeExit(out, 0);
            } else if (kind == Wire.STOP) {
                stop("stopped");
                Wire.writeText(out, Wire.TEXT, "stopped");
                Wire.writeExit(out, 0);
            } else if (kind == Wire.RUN) {
                run(Wire.readRequest(in), theirs, out);
            } else {
                Wire.writeText(out, Wire.REFUSED, "unknown call " + kind);
            }
        } catch (IOException e) {
            // The client went away or spoke nonsense: nothing to answer, and the next client is served.
        } finally {
            end();
        }
    }

    private void run(Request request, String theirs, DataOutputStream out) throws IOException {
        running.lock();
        try {
            String refusal = refusal(request, theirs);
            if (refusal != null) {
                Wire.writeText(out, Wire.REFUSED, refusal);
                return;
            }
            PrintStream stdout = new PrintStream(new BufferedOutputStream(new FrameStream(out, Wire.OUT), 1 << 16), false,
                    StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(new FrameStream(out, Wire.ERR), true, StandardCharsets.UTF_8);
            int code;
            try {
                code = runner.run(request, stdout, stderr);
            } catch (Exception | Error e) { // as the JVM would: a trace, and relecture's internal-error code
                e.printStackTrace(stderr);
                code = 3;
            }
            stdout.flush();
            stderr.flush();
            served.incrementAndGet();
            synchronized (out) {
                Wire.writeExit(out, code);
            }
        } finally {
            running.unlock();
        }
    }

    /** Why this daemon may not run a client's command, or null. */
    private String refusal(Request request, String theirs) {
        if (stopping != null) {
            return "the daemon is stopping (" + stopping + ")";
        }
        if (!theirs.equals(identity)) {
            if (!Identity.current().equals(identity)) {
                stop("its jar changed");
                return "the daemon's relecture changed on disk since it started; it stops";
            }
            return "the daemon runs another relecture or Java";
        }
        if (!request.directory().equals(directory)) {
            return "the daemon serves " + directory + ", not " + request.directory();
        }
        return null;
    }

    private String status() {
        long idleFor;
        synchronized (activity) {
            idleFor = Duration.ofNanos(System.nanoTime() - lastActive).toSeconds();
        }
        return (ready ? READY : "warming up") + " (pid " + ProcessHandle.current().pid() + ") for " + directory + ": "
                + served.get() + " commands served, idle for " + idleFor + " s, exits after " + idle.toSeconds()
                + " s idle";
    }

    /** Closes the socket: the accept loop ends, and the daemon with it once a running command is done. */
    public void stop(String why) {
        stopping = why;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing a listening socket: nothing to recover
        }
    }

    private void begin() {
        synchronized (activity) {
            active++;
        }
    }

    private void end() {
        synchronized (activity) {
            active--;
            lastActive = System.nanoTime();
            activity.notifyAll();
        }
    }

    /** Stops the daemon once no client has been connected for its idle time. */
    private void exitWhenIdle() {
        synchronized (activity) {
            try {
                while (stopping == null) {
                    long left = idle.toNanos() - (System.nanoTime() - lastActive);
                    if (active == 0 && left <= 0) {
                        stop("idle for " + idle.toSeconds() + " s");
                        return;
                    }
                    activity.wait(Math.max(1, Duration.ofNanos(left > 0 ? left : idle.toNanos()).toMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
