package org.relecture.cache;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.relecture.findings.Finding;
import org.sqlite.SQLiteConfig;

/**
 * The findings of documents already checked, kept in an SQLite file between runs: keyed by the
 * digest of a {@link SettingFingerprint} and a {@link DocumentKey}, so that an entry is found
 * only for the same text under the same setting. Several processes may share one file at once
 * (WAL mode: readers do not wait for the writer; writers wait for each other up to a timeout).
 * Least recently used entries go when the entries outgrow the size bound.
 *
 * <p>Never fails a run: the first problem (a damaged, locked or unwritable file) is reported to
 * the warnings consumer once, and the cache answers nothing and keeps nothing from then on.
 * Thread-safe (one connection, calls serialized: a lookup costs far less than a check).
 */
public final class ResultCache implements AutoCloseable {
    /** The file in the cache folder. */
    public static final String FILE = "results.db";
    /** The default bound on the entries' size. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    /** How long a writer waits for another process's write before the cache is given up. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /** Last-use times are written in batches of this many, not one write per hit. */
    private static final int TOUCH_BATCH = 512;
    /** A long-running process checks the size bound after this many new entries. */
    private static final int PUTS_BETWEEN_EVICTIONS = 1_000;
    /** What a row costs besides its findings: two keys and the columns' headers, roughly. */
    private static final int ROW_OVERHEAD = 160;
    /** Bumped when the tables change; a file of another schema is reported, not read. */
    private static final String SCHEMA = "1";

    private final Path file;
    private final long maxBytes;
    private final Consumer<String> warnings;
    /** The connection being opened, until the first call needs it. */
    private FutureTask<Connection> opening;
    private Connection db;
    private boolean warned;
    /** The last last-use time given: strictly increasing in this process, past every earlier process's. */
    private long clock;
    private final Map<List<String>, Long> touched = new LinkedHashMap<>();
    private int putsSinceEviction;
    private long hits;
    private long misses;

    private ResultCache(Path file, long maxBytes, Consumer<String> warnings) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    /** A cache that answers nothing and keeps nothing (--no-cache). */
    public static ResultCache disabled() {
        return new ResultCache(null, 0, message -> { });
    }

    /**
     * Opens (or creates) the cache in {@code folder}. Never throws: a cache that cannot be used is
     * reported to {@code warnings} and comes back disabled.
     *
     * @param maxBytes bound on the entries' size, beyond which the least recently used go
     */
    public static ResultCache open(Path folder, long maxBytes, Consumer<String> warnings) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size bound must be positive, not " + maxBytes);
        }
        ResultCache cache = new ResultCache(folder.resolve(FILE), maxBytes, warnings);
        // SQLite's native library and the file open on their own thread, while the caller reads
        // its configuration and rules: the first question to the cache waits for them.
        cache.opening = new FutureTask<>(() -> {
            Files.createDirectories(folder);
            NativeLibrary.prepare(folder);
            return connect(cache.file);
        });
        Thread opener = new Thread(cache.opening, "relecture-cache-open");
        opener.setDaemon(true);
        opener.start();
        return cache;
    }

    static Connection connect(Path file) throws SQLException, CacheException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection db = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = db.createStatement()) {
            // Before any table exists, so that eviction can give pages back to the file system.
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            s.execute("PRAGMA journal_mode = WAL");
            // In WAL mode, NORMAL loses at most the last commits on a power cut, never the file.
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '" + SCHEMA + "')");
            s.execute("CREATE TABLE IF NOT EXISTS settings (digest TEXT PRIMARY KEY, entries TEXT NOT NULL,"
                    + " last_used INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS results (id INTEGER PRIMARY KEY, setting TEXT NOT NULL,"
                    + " document TEXT NOT NULL, findings BLOB NOT NULL, size INTEGER NOT NULL,"
                    + " last_used INTEGER NOT NULL, UNIQUE (setting, document))");
            s.execute("CREATE INDEX IF NOT EXISTS results_by_use ON results (last_used, id)");
            try (ResultSet schema = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
                String found = schema.next() ? schema.getString(1) : "none";
                if (!SCHEMA.equals(found)) {
                    throw new CacheException("made by another version of relecture (schema " + found + ")");
                }
            }
        } catch (SQLException | CacheException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** True unless the cache was turned off or given up. */
    public synchronized boolean enabled() {
        return ready();
    }

    /** The cache file; null for a cache that was turned off. */
    public Path file() {
        return file;
    }

    /** True when a run of this setting was started before: its rule files and names all loaded. */
    public synchronized boolean knows(SettingFingerprint setting) {
        if (!ready()) {
            return false;
        }
        try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM settings WHERE digest = ?")) {
            q.setString(1, setting.digest());
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            fail(e);
            return false;
        }
    }

    /** Records that a run of this setting started: its rule files and names all loaded. */
    public synchronized void remember(SettingFingerprint setting) {
        if (!ready()) {
            return;
        }
        try (PreparedStatement q = db.prepareStatement("INSERT INTO settings VALUES (?, ?, ?)"
                + " ON CONFLICT (digest) DO UPDATE SET last_used = excluded.last_used")) {
            q.setString(1, setting.digest());
            q.setString(2, setting.toJson());
            q.setLong(3, tick());
            q.executeUpdate();
        } catch (SQLException e) {
            fail(e);
        }
    }

    /** The findings kept for this document under this setting, if any. */
    public synchronized Optional<List<Finding>> findings(String setting, DocumentKey document) {
        if (!ready()) {
            return Optional.empty();
        }
        try (PreparedStatement q = db.prepareStatement("SELECT findings FROM results WHERE setting = ? AND document = ?")) {
            q.setString(1, setting);
            q.setString(2, document.hex());
            byte[] found;
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    misses++;
                    return Optional.empty();
                }
                found = r.getBytes(1);
            }
            List<Finding> findings = FindingCodec.decode(found);
            touch(List.of(setting, document.hex()));
            hits++;
            return Optional.of(findings);
        } catch (SQLException | CacheException e) {
            fail(e);
            return Optional.empty();
        }
    }

    /** Lookups answered from the cache since it was opened. */
    public synchronized long hits() {
        return hits;
    }

    /** Lookups the cache had no entry for since it was opened. */
    public synchronized long misses() {
        return misses;
    }

    /** Keeps the findings of a document checked under this setting. */
    public synchronized void put(String setting, DocumentKey document, List<Finding> findings) {
        if (!ready()) {
            return;
        }
        byte[] bytes = FindingCodec.encode(findings);
        try (PreparedStatement q = db.prepareStatement("INSERT INTO results (setting, document, findings, size, last_used)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (setting, document) DO UPDATE SET findings = excluded.findings,"
                + " size = excluded.size, last_used = excluded.last_used")) {
            q.setString(1, setting);
            q.setString(2, document.hex());
            q.setBytes(3, bytes);
            q.setLong(4, bytes.length + ROW_OVERHEAD);
            q.setLong(5, tick());
            q.executeUpdate();
            if (++putsSinceEviction >= PUTS_BETWEEN_EVICTIONS) {
                putsSinceEviction = 0;
                evict();
            }
        } catch (SQLException e) {
            fail(e);
        }
    }

    /** Writes the last-use times, lets the least recently used entries go, and closes the file. */
    @Override
    public synchronized void close() {
        if (!ready()) {
            return;
        }
        try {
            flushTouches();
            evict();
        } catch (SQLException e) {
            fail(e);
        }
        closeQuietly();
    }

    /** True when the connection is open, once it is; the first call waits for the opening. */
    private boolean ready() {
        if (opening != null) {
            FutureTask<Connection> pending = opening;
            opening = null;
            try {
                db = pending.get();
                clock = lastUse();
            } catch (ExecutionException e) {
                fail(e.getCause() instanceof Exception cause ? cause : e);
            } catch (SQLException e) {
                fail(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        return db != null;
    }

    private void touch(List<String> key) throws SQLException {
        touched.put(key, tick());
        if (touched.size() >= TOUCH_BATCH) {
            flushTouches();
        }
    }

    private void flushTouches() throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        db.setAutoCommit(false);
        try (PreparedStatement q = db.prepareStatement("UPDATE results SET last_used = ? WHERE setting = ? AND document = ?")) {
            for (Map.Entry<List<String>, Long> e : touched.entrySet()) {
                q.setLong(1, e.getValue());
                q.setString(2, e.getKey().get(0));
                q.setString(3, e.getKey().get(1));
                q.addBatch();
            }
            q.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        touched.clear();
    }

    /** Keeps the most recently used entries whose sizes add up to the bound at most. */
    private void evict() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet total = s.executeQuery("SELECT COALESCE(SUM(size), 0) FROM results")) {
            if (total.next() && total.getLong(1) <= maxBytes) {
                return;
            }
        }
        try (PreparedStatement q = db.prepareStatement("DELETE FROM results WHERE id IN (SELECT id FROM"
                + " (SELECT id, SUM(size) OVER (ORDER BY last_used DESC, id DESC) AS kept FROM results) WHERE kept > ?)")) {
            q.setLong(1, maxBytes);
            q.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA incremental_vacuum");
        }
    }

    private long lastUse() throws SQLException {
        long last = 0;
        try (Statement s = db.createStatement()) {
            for (String table : new String[] {"results", "settings"}) {
                try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(last_used), 0) FROM " + table)) {
                    last = Math.max(last, r.next() ? r.getLong(1) : 0);
                }
            }
        }
        return last;
    }

    /** A last-use time: the clock's milliseconds, but always later than the one before. */
    private long tick() {
        clock = Math.max(clock + 1, System.currentTimeMillis());
        return clock;
    }

    /** Reports the first problem and gives the cache up for the rest of the run. */
    private void fail(Exception e) {
        if (!warned) {
            warned = true;
            warnings.accept("cache " + file + ": " + problem(e) + "; going on without it"
                    + " (relecture cache clear starts it anew)");
        }
        touched.clear();
        closeQuietly();
    }

    /** The problem in words, for a user who may not know Java's exceptions. */
    static String problem(Exception e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be used");
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private void closeQuietly() {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // Nothing of the run depends on it: the cache is being given up or the run ends.
            }
            db = null;
        }
    }
}
