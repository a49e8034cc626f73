package org.relecture.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures a claim test must never fall back from, in {@code src/test/resources/claims/NAME.properties}:
 * floors (a count that may only rise), ceilings (a count that may only fall) and sets (entries,
 * such as found gold entries, that must all stay found). {@link #verify()} fails on any
 * regression, naming each. An improvement passes; with {@code -Drelecture.updateReadme=true}
 * ({@link ReadmeSection#updating()}) it is written back, so the floor follows the best result
 * reached and a later change cannot lose it unnoticed. A regression is never written back.
 */
public final class ClaimFloors {
    private final Path file;
    private final String header;
    private final Map<String, String> stored = new TreeMap<>();
    private final Map<String, String> next = new TreeMap<>();
    private final List<String> regressions = new ArrayList<>();

    private ClaimFloors(Path file, String header) throws IOException {
        this.file = file;
        this.header = header;
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(k -> stored.put(k, properties.getProperty(k).strip()));
        }
    }

    /**
     * @param name   the file's name without {@code .properties}
     * @param header what the file holds, written as its comment
     */
    public static ClaimFloors load(String name, String header) throws IOException {
        return new ClaimFloors(Path.of("src/test/resources/claims", name + ".properties"), header);
    }

    /** {@code actual} must be at least the stored floor of {@code key}. */
    public void atLeast(String key, long actual) {
        bound(key, actual, true);
    }

    /** {@code actual} must be at most the stored ceiling of {@code key}. */
    public void atMost(String key, long actual) {
        bound(key, actual, false);
    }

    private void bound(String key, long actual, boolean floor) {
        String recorded = stored.get(key);
        if (recorded == null) {
            missing(key, Long.toString(actual));
            return;
        }
        long limit = Long.parseLong(recorded);
        boolean regressed = floor ? actual < limit : actual > limit;
        if (regressed) {
            regressions.add(key + ": " + actual + (floor ? " is under its floor " : " is over its ceiling ") + limit);
            next.put(key, recorded);
        } else {
            next.put(key, Long.toString(actual));
        }
    }

    /** Every stored entry of {@code key} must be among {@code actual}; new ones join them. */
    public void containsAll(String key, Collection<String> actual) {
        String recorded = stored.get(key);
        Set<String> now = new TreeSet<>(actual);
        if (recorded == null) {
            missing(key, String.join(",", now));
            return;
        }
        Set<String> before = new TreeSet<>(recorded.isEmpty() ? List.of() : Arrays.asList(recorded.split("\\s*,\\s*")));
        Set<String> lost = new TreeSet<>(before);
        lost.removeAll(now);
        if (!lost.isEmpty()) {
            regressions.add(key + ": no longer " + lost);
        }
        now.addAll(before);
        next.put(key, String.join(",", now));
    }

    private void missing(String key, String value) {
        if (!ReadmeSection.updating()) {
            regressions.add(key + ": not recorded in " + file);
        }
        next.put(key, value);
    }

    /**
     * Fails on any regression; in update mode first writes the improved figures (keys no longer
     * measured are dropped).
     */
    public void verify() throws IOException {
        if (ReadmeSection.updating() && !next.equals(stored)) {
            write();
        }
        if (!regressions.isEmpty()) {
            throw new AssertionError("claims fell back from " + file + " (fix the regression; the floors are never "
                    + "lowered by hand to make it pass):\n  " + String.join("\n  ", regressions));
        }
    }

    private void write() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append("# Floors only rise and ceilings only fall: -D").append(ReadmeSection.UPDATE)
                .append("=true writes improvements, never a regression.\n");
        next.forEach((key, value) -> out.append(key).append('=')
                .append(value.replace(",", ",\\\n    ")).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
