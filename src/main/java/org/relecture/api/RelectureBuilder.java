package org.relecture.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.relecture.cache.ResultCache;
import org.relecture.config.ProjectConfig;
import org.relecture.rules.Detector;
import org.relecture.rules.Level;
import org.relecture.text.ByteSize;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;

/**
 * A user's options. Unset, a setting is the configuration's, and the configuration the
 * defaults; {@link #build()} reads and checks everything.
 */
public final class RelectureBuilder {
    boolean findConfig;
    Path configFile;
    ProjectConfig config = ProjectConfig.DEFAULTS;
    boolean withRulesHome = true;
    Path rulesHome;
    final List<Path> ruleFolders = new ArrayList<>();
    Level level;
    final Set<String> disabled = new LinkedHashSet<>();
    final Set<String> enabledOnly = new LinkedHashSet<>();
    int workers = Runtime.getRuntime().availableProcessors();
    InputStream stdin = InputStream.nullInputStream();
    long maxDocumentBytes = InputReader.DEFAULT_MAX_BYTES;
    final List<Supplier<? extends Detector>> detectors = new ArrayList<>();
    ResultCache cache = ResultCache.disabled();
    KeptCheckers kept;

    RelectureBuilder() {
    }

    /** Reads {@code relecture.yaml}: this file, or when null the working directory's if there is one. */
    public RelectureBuilder configFile(Path file) {
        this.findConfig = true;
        this.configFile = file;
        return this;
    }

    /** A configuration already read (instead of a file). */
    public RelectureBuilder config(ProjectConfig config) {
        this.findConfig = false;
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    /**
     * The project's rules folder, whose data lists the built-in rules need (default: the one
     * {@link org.relecture.rules.RulesHome} finds). It must exist and hold every list.
     */
    public RelectureBuilder rulesHome(Path folder) {
        this.withRulesHome = true;
        this.rulesHome = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /**
     * Runs without the project's rules folder: only the folders of {@link #addRules} are read,
     * and a built-in rule whose list none of them has goes without it.
     */
    public RelectureBuilder withoutRulesHome() {
        this.withRulesHome = false;
        return this;
    }

    /** Another folder of rule files and data lists, read after the project's. */
    public RelectureBuilder addRules(Path folder) {
        ruleFolders.add(Objects.requireNonNull(folder, "folder"));
        return this;
    }

    /** The rule level; null for the configuration's. */
    public RelectureBuilder level(Level level) {
        this.level = level;
        return this;
    }

    /** Rule ids or categories to turn off, besides those the configuration turns off. */
    public RelectureBuilder disable(Collection<String> idsOrCategories) {
        disabled.addAll(idsOrCategories);
        return this;
    }

    /** Rule ids or categories to run alone, instead of the configuration's list; none for the configuration's. */
    public RelectureBuilder enableOnly(Collection<String> idsOrCategories) {
        enabledOnly.addAll(idsOrCategories);
        return this;
    }

    /** Threads a corpus is checked on (default: the number of cores). */
    public RelectureBuilder workers(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.workers = workers;
        return this;
    }

    /**
     * A detector of the caller's, run with relecture's: a rule no file can express, without a
     * fork. Each checker gets its own, built by {@code detector}, so it need not be thread-safe.
     */
    public RelectureBuilder addDetector(Supplier<? extends Detector> detector) {
        detectors.add(Objects.requireNonNull(detector, "detector"));
        return this;
    }

    /**
     * Keeps findings in this cache and takes those it already has for a text under the same
     * setting (default: none). The caller opens and closes it; not used with {@link #addDetector}.
     */
    public RelectureBuilder cache(ResultCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        return this;
    }

    /**
     * Takes the checkers of this setting from {@code kept} when an earlier build left them there,
     * and leaves them there otherwise (default: none kept). Not used with {@link #addDetector}.
     */
    public RelectureBuilder keepCheckersIn(KeptCheckers kept) {
        this.kept = Objects.requireNonNull(kept, "kept");
        return this;
    }

    /** What the input {@code -} reads (default: nothing). */
    public RelectureBuilder stdin(InputStream in) {
        this.stdin = Objects.requireNonNull(in, "in");
        return this;
    }

    /**
     * The largest document read, in bytes (default {@link InputReader#DEFAULT_MAX_BYTES}): a larger
     * file, or more on standard input, is an input that could not be checked.
     */
    public RelectureBuilder maxDocumentBytes(long bytes) {
        if (bytes < 1 || bytes > ByteSize.MAX) {
            throw new IllegalArgumentException("maximum document size must be from 1 byte to " + ByteSize.format(ByteSize.MAX)
                    + ", not " + bytes);
        }
        this.maxDocumentBytes = bytes;
        return this;
    }

    /**
     * Reads the configuration, the rule files and the data lists, checks that every rule or
     * category named exists, and builds a first checker, so that every rule is compiled (the last
     * two only when the cache has not seen this setting start before).
     *
     * @throws RelectureException naming the file, the line and the problem
     */
    public Relecture build() throws RelectureException {
        return Startup.start(this, new InputReader(new SentenceSplitter(), stdin, maxDocumentBytes));
    }
}
