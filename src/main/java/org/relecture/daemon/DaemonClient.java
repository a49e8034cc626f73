package org.relecture.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's side: hands a command to the daemon serving the working directory and relays its
 * answer. The answer is held until the exit code arrives (up to {@link #HELD} bytes), so that a
 * daemon that fails midway leaves nothing written and the command can still run in the client.
 */
public final class DaemonClient {
    /** Output held before it is relayed as it comes; past it, a daemon that fails cannot be replaced. */
    static final int HELD = 8 << 20;

    /** How a call ended. */
    public sealed interface Outcome {
    }

    /** The daemon ran the command: its output was relayed, here is its exit code. */
    public record Done(int exitCode) implements Outcome {
    }

    /** The daemon did not run the command (none, refused, failed before any output): run it yourself. */
    public record Declined(String reason) implements Outcome {
    }

    /** The daemon failed after part of its output was relayed: the command cannot be run again. */
    public record Broken(String reason) implements Outcome {
    }

    private final DaemonFolder folder;

    public DaemonClient(DaemonFolder folder) {
        this.folder = folder;
    }

    /** Runs {@code request} in the daemon, relaying its stdout and stderr to {@code out} and {@code err}. */
    public Outcome run(Request request, OutputStream out, OutputStream err) {
        Optional<String> refusal = folder.refusal();
        if (refusal.isPresent()) {
            return new Declined(refusal.get());
        }
        Path socket = folder.socket(request.directory());
        if (!Files.exists(socket)) {
            return new Declined("no daemon for " + request.directory());
        }
        Relay relay = new Relay(out, err);
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Wire.writeHeader(to, Identity.current(), Wire.RUN);
            Wire.writeRequest(to, request);
            to.flush();
            DataInputStream from = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            while (true) {
                byte tag = from.readByte();
                byte[] body = Wire.body(from, Wire.count(from, Integer.MAX_VALUE));
                switch (tag) {
                    case Wire.OUT -> relay.out(body);
                    case Wire.ERR -> relay.err(body);
                    case Wire.EXIT -> {
                        relay.release();
                        return new Done(new DataInputStream(new java.io.ByteArrayInputStream(body)).readInt());
                    }
                    case Wire.REFUSED -> {
                        return new Declined(relay.released ? "protocol error: a refusal after output"
                                : "the daemon refused: " + new String(body, StandardCharsets.UTF_8));
                    }
                    default -> throw new IOException("protocol error: a frame tagged " + tag);
                }
            }
        } catch (IOException e) {
            String reason = e instanceof EOFException ? "the daemon closed the connection" : String.valueOf(e.getMessage());
            return relay.released ? new Broken(reason) : new Declined(reason);
        }
    }

    /**
     * Asks the daemon serving {@code directory} to run a call that answers a line (status, stop).
     *
     * @return its answer; empty when no daemon answers
     */
    public Optional<String> call(Path directory, boolean stop) {
        Path socket = folder.socket(directory);
        if (folder.refusal().isPresent() || !Files.exists(socket)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Wire.writeHeader(to, Identity.current(), stop ? Wire.STOP : Wire.STATUS);
            to.flush();
            DataInputStream from = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            byte tag = from.readByte();
            String text = new String(Wire.body(from, Wire.count(from, Integer.MAX_VALUE)), StandardCharsets.UTF_8);
            return tag == Wire.TEXT ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Holds the output, in order, until the end or {@link #HELD} bytes, then relays it as it comes. */
    private static final class Relay {
        private record Frame(OutputStream to, byte[] bytes) {
        }

        private final OutputStream out;
        private final OutputStream err;
        private final List<Frame> held = new ArrayList<>();
        private long heldBytes;
        private boolean released;

        Relay(OutputStream out, OutputStream err) {
            this.out = out;
            this.err = err;
        }

        void out(byte[] bytes) throws IOException {
            write(out, bytes);
        }

        void err(byte[] bytes) throws IOException {
            write(err, bytes);
        }

        private void write(OutputStream to, byte[] bytes) throws IOException {
            if (released) {
                to.write(bytes);
                to.flush();
                return;
            }
            held.add(new Frame(to, bytes));
            heldBytes += bytes.length;
            if (heldBytes > HELD) {
                release();
            }
        }

        void release() throws IOException {
            if (!released) {
                released = true;
                for (Frame frame : held) {
                    frame.to().write(frame.bytes());
                }
                held.clear();
                out.flush();
                err.flush();
            }
        }
    }
}
