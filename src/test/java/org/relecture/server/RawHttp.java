package org.relecture.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP by hand over a socket, for what no HTTP client will send: malformed requests, any
 * {@code Host} or {@code Origin} header, requests sent slowly or never finished.
 */
final class RawHttp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far beyond any answer of a test server here; a test that waits this long has failed. */
    static final int READ_TIMEOUT_MILLIS = 60_000;

    /** One answer: its status, headers (names in lower case) and body. */
    record Reply(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;

    RawHttp(int port) {
        try {
            this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setReadTimeout(java.time.Duration timeout) {
        try {
            socket.setSoTimeout((int) timeout.toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the whole request and reads the answer. */
    static Reply exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the request from another thread while reading, since a server may answer (and stop
     * reading) before a long request is all sent.
     */
    static Reply exchange(int port, byte[] request) {
        try (RawHttp http = new RawHttp(port)) {
            Thread writer = new Thread(() -> http.sendQuietly(request), "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            return http.read();
        }
    }

    void send(String part) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(part.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void sendQuietly(byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before reading it all: the answer is what counts
        }
    }

    /** Reads one answer: status line, headers, and a body of Content-Length bytes (or up to the end). */
    Reply read() {
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            if (statusLine == null) {
                throw new AssertionError("the connection closed without an answer");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            String length = headers.get("content-length");
            byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Reply(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once the server has closed the connection (reads the end of the stream), within the read timeout. */
    boolean closedByServer() {
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            out.write(b);
        }
        if (b < 0 && out.size() == 0) {
            return null;
        }
        String s = out.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket the server may have reset
        }
    }
}
