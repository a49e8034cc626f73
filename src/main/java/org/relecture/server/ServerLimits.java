package org.relecture.server;

import java.time.Duration;

/**
 * What one request may ask of the server.
 *
 * @param maxBodyBytes  larger request bodies are refused with 413 before they are read
 * @param maxTextChars  longer texts (markup included) are refused with 413
 * @param timeLimit     a check not finished in this time (queue wait included) is answered 504
 * @param queue         checks waiting for a worker beyond this are answered 503
 */
public record ServerLimits(long maxBodyBytes, int maxTextChars, Duration timeLimit, int queue) {
    public ServerLimits {
        if (maxBodyBytes < 1 || maxTextChars < 1 || queue < 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("server limits must be positive");
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(1 << 20, 100_000, Duration.ofSeconds(30), 16);
    }
}
