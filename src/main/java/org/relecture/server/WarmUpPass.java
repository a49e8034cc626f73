package org.relecture.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What lets the server's own warm-up requests through before {@code /health} says ready: a
 * header with 128 random bits drawn at start, which only the server knows. Every other check is
 * still answered 503 until then, so a client that waits for {@code /health} is never served by
 * half-warm workers, while the warm-up takes the same way through HTTP as any request.
 */
final class WarmUpPass {
    static final String HEADER = "X-Relecture-Warm-Up";

    private final String token;

    private WarmUpPass(String token) {
        this.token = token;
    }

    static WarmUpPass random() {
        byte[] bits = new byte[16];
        new SecureRandom().nextBytes(bits);
        return new WarmUpPass(HexFormat.of().formatHex(bits));
    }

    String token() {
        return token;
    }

    /** Whether a request's value of {@link #HEADER} (null when absent) is this pass; in constant time. */
    boolean admits(String value) {
        return value != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                value.getBytes(StandardCharsets.US_ASCII));
    }
}
