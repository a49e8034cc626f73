package org.relecture.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.relecture.cache.SettingFingerprint;

/**
 * The checkers of the last few settings, kept from one {@link Relecture} to the next by a process
 * that builds many (the daemon runs one per command): a checker costs LanguageTool's start-up,
 * which a repeated command should not pay again. A setting is known by its fingerprint, so a rule
 * file, configuration or version that changed is a new setting, built anew; the least recently
 * used setting is let go when more than {@link #SETTINGS} are kept. Thread-safe.
 */
public final class KeptCheckers {
    /** Settings kept: each holds LanguageTool's rules once per worker, hundreds of megabytes. */
    static final int SETTINGS = 3;

    private final Map<SettingFingerprint, Checkers> bySetting = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SettingFingerprint, Checkers> eldest) {
            return size() > SETTINGS;
        }
    };

    /** Whether a setting that started as {@code started} (its names checked too) is kept. */
    synchronized boolean has(SettingFingerprint started) {
        return bySetting.containsKey(started);
    }

    /** The checkers kept for {@code started}, made by {@code fresh} when there are none. */
    synchronized Checkers get(SettingFingerprint started, Supplier<Checkers> fresh) {
        return bySetting.computeIfAbsent(started, s -> fresh.get());
    }

    /** How many settings are kept. */
    public synchronized int settings() {
        return bySetting.size();
    }
}
