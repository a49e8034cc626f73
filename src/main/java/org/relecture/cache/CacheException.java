package org.relecture.cache;

/** The cache cannot be used as it is: damaged, locked, unwritable. The run goes on without it. */
public final class CacheException extends Exception {
    CacheException(String message) {
        super(message);
    }

    CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
