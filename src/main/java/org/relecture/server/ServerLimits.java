package org.relecture.server;

import java.time.Duration;

/**
 * What one request, and one client, may ask of the server.
 *
 * @param maxBodyBytes       larger request bodies are refused with 413, before they are read when declared
 * @param maxTextChars       longer texts (markup included) are refused with 413
 * @param timeLimit          a check not finished in this time (queue wait included) is answered 504 and stopped
 * @param queue              checks waiting for a worker beyond this are answered 503
 * @param readTimeout        a request's head and body must arrive within this time of its first byte (408)
 * @param idleTimeout        a connection with nothing to read or write for this long is closed
 * @param maxConnections     connections beyond this wait to be accepted until others close
 * @param maxMatches         an answer lists at most this many matches (the first, in text order)
 * @param maxMatchesPerWord  and, past 25 words, at most this many per word (LanguageTool's maxErrorsPerWordRate)
 */
public record ServerLimits(long maxBodyBytes, int maxTextChars, Duration timeLimit, int queue,
                           Duration readTimeout, Duration idleTimeout, int maxConnections,
                           int maxMatches, double maxMatchesPerWord) {
    /**
     * The request line and headers together; a longer query is answered 414, longer headers 431.
     * Texts go in the body of a POST: LanguageTool's clients all send them there.
     */
    public static final int MAX_HEAD_BYTES = 32 * 1024;

    public ServerLimits {
        if (maxBodyBytes < 1 || maxTextChars < 1 || queue < 0 || maxConnections < 1 || maxMatches < 1
                || !(maxMatchesPerWord > 0) || !positive(timeLimit) || !positive(readTimeout) || !positive(idleTimeout)) {
            throw new IllegalArgumentException("server limits must be positive");
        }
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    public static ServerLimits defaults() {
        return new ServerLimits(1 << 20, 100_000, Duration.ofSeconds(30), 16,
                Duration.ofSeconds(10), Duration.ofSeconds(30), 128, 1000, 0.5);
    }

    public ServerLimits withBody(long maxBodyBytes, int maxTextChars) {
        return new ServerLimits(maxBodyBytes, maxTextChars, timeLimit, queue, readTimeout, idleTimeout,
                maxConnections, maxMatches, maxMatchesPerWord);
    }

    public ServerLimits withChecks(Duration timeLimit, int queue) {
        return new ServerLimits(maxBodyBytes, maxTextChars, timeLimit, queue, readTimeout, idleTimeout,
                maxConnections, maxMatches, maxMatchesPerWord);
    }

    public ServerLimits withConnections(Duration readTimeout, Duration idleTimeout, int maxConnections) {
        return new ServerLimits(maxBodyBytes, maxTextChars, timeLimit, queue, readTimeout, idleTimeout,
                maxConnections, maxMatches, maxMatchesPerWord);
    }

    public ServerLimits withMatches(int maxMatches, double maxMatchesPerWord) {
        return new ServerLimits(maxBodyBytes, maxTextChars, timeLimit, queue, readTimeout, idleTimeout,
                maxConnections, maxMatches, maxMatchesPerWord);
    }
}
