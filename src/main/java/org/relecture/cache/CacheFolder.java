package org.relecture.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What {@code relecture cache stats} and {@code relecture cache clear} do with a cache folder. */
public final class CacheFolder {
    /** SQLite's companions of the file in WAL mode: the log and the shared index. */
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm");

    private CacheFolder() {
    }

    /**
     * Where the cache is kept unless told otherwise: {@code $XDG_CACHE_HOME/relecture}, else
     * {@code ~/.cache/relecture} (the XDG base directory specification, which ignores a relative
     * {@code XDG_CACHE_HOME}).
     */
    public static Path defaultFolder(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "relecture");
        }
        return Path.of(userHome, ".cache", "relecture");
    }

    /**
     * What the cache in {@code folder} holds; empty when there is none.
     *
     * @throws CacheException when the file is damaged or cannot be read
     */
    public static Optional<CacheStats> stats(Path folder) throws CacheException {
        Path file = folder.resolve(ResultCache.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Connection db = ResultCache.connect(file); Statement s = db.createStatement()) {
            long documents;
            long bytes;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM results")) {
                r.next();
                documents = r.getLong(1);
                bytes = r.getLong(2);
            }
            List<SettingFingerprint> latest = new ArrayList<>();
            long settings;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM settings")) {
                r.next();
                settings = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("SELECT entries FROM settings ORDER BY last_used DESC LIMIT 2")) {
                while (r.next()) {
                    latest.add(SettingFingerprint.fromJson(r.getString(1)));
                }
            }
            List<String> changes = latest.size() < 2 ? List.of() : latest.get(0).differences(latest.get(1));
            return Optional.of(new CacheStats(file, diskBytes(file), documents, bytes, settings, changes));
        } catch (SQLException e) {
            throw new CacheException(file + ": " + ResultCache.problem(e), e);
        } catch (CacheException e) {
            throw new CacheException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties the cache in {@code folder}; a damaged file is deleted instead. A process using the
     * cache meanwhile is waited for, not disturbed.
     *
     * @return false when there was no cache
     * @throws CacheException when the cache is locked or the file cannot be deleted
     */
    public static boolean clear(Path folder) throws CacheException {
        Path file = folder.resolve(ResultCache.FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection db = ResultCache.connect(file); Statement s = db.createStatement()) {
            s.execute("DELETE FROM results");
            s.execute("DELETE FROM settings");
            s.execute("VACUUM");
            return true;
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw new CacheException(file + ": " + ResultCache.problem(e), e);
            }
        } catch (CacheException e) {
            // Another schema: nothing in it can be read, so nothing is lost.
        }
        delete(file);
        return true;
    }

    private static boolean damaged(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                || s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB);
    }

    private static void delete(Path file) throws CacheException {
        for (String suffix : COMPANIONS) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                throw new CacheException(part + ": cannot be deleted: " + ResultCache.problem(e), e);
            }
        }
    }

    private static long diskBytes(Path file) {
        long bytes = 0;
        for (String suffix : COMPANIONS) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            try {
                bytes += Files.isRegularFile(part) ? Files.size(part) : 0;
            } catch (IOException e) {
                // The log can vanish between the test and the size (another process checkpointed it).
            }
        }
        return bytes;
    }
}
