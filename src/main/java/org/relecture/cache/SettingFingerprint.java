package org.relecture.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relecture.rules.files.ContentDigest;

/**
 * Everything that decides the findings of a text, as named entries: versions, the effective
 * configuration, a digest of each rule file. Equal fingerprints give equal findings on equal text;
 * {@link #differences} says in words what changed between two (a rule file edited, the level
 * raised), for a cache that misses or a long-running process that notices new settings.
 * Immutable.
 */
public final class SettingFingerprint {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values longer than this (a digest, a list of names) are said to have changed, not shown. */
    private static final int SHOWN = 40;

    private final SortedMap<String, String> entries;
    private final String digest;

    private SettingFingerprint(SortedMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
        this.digest = digestOf(this.entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a fingerprint entry by entry; an entry named twice keeps its last value. */
    public static final class Builder {
        private final SortedMap<String, String> entries = new TreeMap<>();

        private Builder() {
        }

        public Builder add(String name, String value) {
            entries.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Each entry of {@code values} under {@code prefix/}. */
        public Builder addAll(String prefix, Map<String, String> values) {
            values.forEach((name, value) -> add(prefix + "/" + name, value));
            return this;
        }

        public SettingFingerprint build() {
            return new SettingFingerprint(new TreeMap<>(entries));
        }
    }

    /** The same fingerprint with one more entry (or one entry replaced). */
    public SettingFingerprint with(String name, String value) {
        SortedMap<String, String> more = new TreeMap<>(entries);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new SettingFingerprint(more);
    }

    /** The entries, by name. */
    public SortedMap<String, String> entries() {
        return entries;
    }

    /** A SHA-256 of every entry, in hexadecimal: the key of this setting. */
    public String digest() {
        return digest;
    }

    /**
     * What changed from {@code earlier} to this, one line per entry, in name order:
     * {@code level: default -> picky}, {@code rules/0/EXONYMES.yaml changed},
     * {@code names added}, {@code java removed}. Empty when both are equal.
     */
    public List<String> differences(SettingFingerprint earlier) {
        List<String> out = new ArrayList<>();
        SortedMap<String, String> all = new TreeMap<>(earlier.entries);
        all.putAll(entries);
        for (String name : all.keySet()) {
            String before = earlier.entries.get(name);
            String now = entries.get(name);
            if (before == null) {
                out.add(name + " added");
            } else if (now == null) {
                out.add(name + " removed");
            } else if (!before.equals(now)) {
                out.add(shown(before) && shown(now) ? name + ": " + quoted(before) + " -> " + quoted(now) : name + " changed");
            }
        }
        return out;
    }

    private static boolean shown(String value) {
        return value.length() <= SHOWN && value.chars().noneMatch(Character::isISOControl);
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    /** The entries as a JSON object, for storing. */
    String toJson() {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    static SettingFingerprint fromJson(String json) throws CacheException {
        try {
            return new SettingFingerprint(new TreeMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { })));
        } catch (JsonProcessingException e) {
            throw new CacheException("a setting that cannot be read (damaged): " + e.getOriginalMessage(), e);
        }
    }

    private static String digestOf(SortedMap<String, String> entries) {
        ContentDigest digest = new ContentDigest();
        entries.forEach(digest::add);
        return digest.hex();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SettingFingerprint other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "SettingFingerprint" + entries;
    }
}
