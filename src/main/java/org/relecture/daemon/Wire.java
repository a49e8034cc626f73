package org.relecture.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's protocol, over one connection per command. The client sends a header (magic,
 * protocol version, its {@link Identity}, the kind of call) and, to run a command, its
 * {@link Request}. The daemon answers in frames, a tag and a length-prefixed body: stdout and
 * stderr bytes as the command writes them, then its exit code; or a refusal (the client then runs
 * the command itself); or a line of text (status, stop).
 */
final class Wire {
    static final int MAGIC = 0x52454c44; // "RELD"
    static final int VERSION = 1;

    static final byte RUN = 1;
    static final byte STATUS = 2;
    static final byte STOP = 3;

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;
    static final byte TEXT = 5;

    /** No string of the protocol is longer: a bound on what a broken peer makes us allocate. */
    private static final int MAX_STRING = 1 << 20;
    /** stdin sent with a command, at most. */
    static final int MAX_STDIN = 64 << 20;

    private Wire() {
    }

    static void writeHeader(DataOutputStream out, String identity, byte kind) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, identity);
        out.writeByte(kind);
    }

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        writeString(out, request.directory().toString());
        out.writeInt(request.arguments().size());
        for (String argument : request.arguments()) {
            writeString(out, argument);
        }
        out.writeInt(request.environment().size());
        for (Map.Entry<String, String> variable : request.environment().entrySet()) {
            writeString(out, variable.getKey());
            writeString(out, variable.getValue());
        }
        out.writeBoolean(request.console());
        out.writeBoolean(request.stderrTerminal());
        out.writeInt(request.stdin().length);
        out.write(request.stdin());
    }

    static Request readRequest(DataInputStream in) throws IOException {
        Path directory = Path.of(readString(in));
        int count = count(in, MAX_STRING);
        List<String> arguments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arguments.add(readString(in));
        }
        count = count(in, MAX_STRING);
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            environment.put(readString(in), readString(in));
        }
        boolean console = in.readBoolean();
        boolean stderrTerminal = in.readBoolean();
        byte[] stdin = body(in, count(in, MAX_STDIN));
        return new Request(directory, arguments, environment, console, stderrTerminal, stdin);
    }

    static void writeFrame(DataOutputStream out, byte tag, byte[] body, int offset, int length) throws IOException {
        out.writeByte(tag);
        out.writeInt(length);
        out.write(body, offset, length);
    }

    static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(4);
        out.writeInt(code);
        out.flush();
    }

    static void writeText(DataOutputStream out, byte tag, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeFrame(out, tag, bytes, 0, bytes.length);
        out.flush();
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = body(in, count(in, MAX_STRING));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A length or a count, refused when negative or above {@code max}; short reads are an EOF. */
    static int count(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("protocol error: a length of " + n);
        }
        return n;
    }

    /** A body of {@code length} bytes, whole. */
    static byte[] body(DataInputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the connection ends early");
        }
        return bytes;
    }
}
