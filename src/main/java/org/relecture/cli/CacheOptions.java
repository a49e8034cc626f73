package org.relecture.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.relecture.cache.CacheFolder;
import org.relecture.cache.ResultCache;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where the result cache is and whether to use it, for the commands that check (check, rank,
 * gate, serve). The environment's {@code RELECTURE_NO_CACHE} turns the default cache off (a test
 * suite, a CI job that must check everything), not one named with {@code --cache-dir}.
 */
final class CacheOptions {
    static final String NO_CACHE_VARIABLE = "RELECTURE_NO_CACHE";

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep the result cache in DIR (default: $XDG_CACHE_HOME/relecture, else ~/.cache/relecture).")
    Path folder;

    @Option(names = "--no-cache", description = "Neither use nor fill the result cache: check every document anew.")
    boolean off;

    @Option(names = "--cache-max-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Bound on the cache's entries, in bytes or with K, M, G (default: 512M); the least recently "
                    + "used go first.")
    Long maxBytes;

    /** The cache to use, opened; disabled when turned off. A cache that cannot be used is said once on stderr. */
    ResultCache open(Io io) {
        return open(io, io.caller().environment());
    }

    ResultCache open(Io io, Map<String, String> environment) {
        if (off || (folder == null && isSet(environment.get(NO_CACHE_VARIABLE)))) {
            return ResultCache.disabled();
        }
        return ResultCache.open(folder(environment), maxBytes != null ? maxBytes : ResultCache.DEFAULT_MAX_BYTES,
                message -> io.err().println("relecture: " + message));
    }

    /** The folder named, else the default one. */
    Path folder(Map<String, String> environment) {
        return folder != null ? folder : CacheFolder.defaultFolder(environment, System.getProperty("user.home"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }

    /** {@code 1048576}, {@code 512K}, {@code 200M}, {@code 2G} (powers of 1024). */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            int shift = v.endsWith("K") ? 10 : v.endsWith("M") ? 20 : v.endsWith("G") ? 30 : 0;
            String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
            long n;
            try {
                n = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a size (bytes, or a number with K, M or G)");
            }
            if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
                throw new TypeConversionException("'" + value + "' is not a size from 1 byte to 8 exabytes");
            }
            return n << shift;
        }
    }
}
