package org.relecture.cache;

import java.nio.file.Path;
import java.util.List;

/**
 * What a cache holds.
 *
 * @param diskBytes     the file's size on disk, its write-ahead log included
 * @param entryBytes    the entries' size, which the size bound limits
 * @param latestChanges what the latest setting changed from the one used before it, in words;
 *                      empty with fewer than two settings
 */
public record CacheStats(Path file, long diskBytes, long documents, long entryBytes, long settings,
                         List<String> latestChanges) {
    public CacheStats {
        latestChanges = List.copyOf(latestChanges);
    }
}
