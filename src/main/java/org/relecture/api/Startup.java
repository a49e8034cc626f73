package org.relecture.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.relecture.cache.ResultCache;
import org.relecture.cache.SettingFingerprint;
import org.relecture.check.Checker;
import org.relecture.config.ConfigLoader;
import org.relecture.config.ProjectConfig;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSelection;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolPreload;
import org.relecture.rules.untranslated.UntranslatedDetector;
import org.relecture.text.InputReader;

/**
 * Turns a user's options into a {@link Relecture}: the configuration, then the rules folders,
 * then the names the options and the file use, then a first checker. Each step stops at the
 * first problem with a message that names it. The last two are skipped for a setting the result
 * cache has seen start before (same versions, files, options and names): they passed then, and
 * the first checker, with LanguageTool's start-up, is built only if a text needs it.
 */
final class Startup {
    private final RelectureBuilder options;

    private Startup(RelectureBuilder options) {
        this.options = options;
    }

    static Relecture start(RelectureBuilder options, InputReader reader) throws RelectureException {
        // A caller's own detectors cannot be fingerprinted: their findings are not cached.
        ResultCache cache = options.detectors.isEmpty() ? options.cache : ResultCache.disabled();
        if (!cache.enabled()) {
            // LanguageTool's slowest part loads on its own thread meanwhile, then the models the
            // first check reads.
            LanguageToolPreload.start(UntranslatedDetector::loadModels);
        }
        Startup startup = new Startup(options);
        try {
            ProjectConfig config = options.findConfig ? ConfigLoader.find(options.configFile) : options.config;
            RuleLibrary library = RuleLibrary.load(startup.folders(), options.withRulesHome);
            CheckOptions checkOptions = startup.checkOptions(config);
            SettingFingerprint setting = Fingerprints.of(checkOptions, library);
            // Every name checked below counts, those the command line's replace included.
            SettingFingerprint started = setting.with("names-checked", startup.namesChecked(config));
            // A caller's own detectors cannot be fingerprinted either: their checkers are not kept.
            KeptCheckers kept = options.detectors.isEmpty() ? options.kept : null;
            boolean known = kept != null && kept.has(started);
            Checker first = null;
            if (!known && !cache.knows(started)) {
                LanguageToolPreload.start(UntranslatedDetector::loadModels);
                startup.checkNames(config, library);
                first = Checker.create(checkOptions, library, options.detectors);
                cache.remember(started);
            }
            Supplier<Checkers> fresh = () -> new Checkers(checkOptions, library, options.detectors);
            Checkers checkers = kept != null ? kept.get(started, fresh) : fresh.get();
            return new Relecture(config, checkOptions, library, options.detectors, options.workers, reader, checkers,
                    first, cache, setting);
        } catch (RuleLoadException e) {
            throw new RelectureException(e.getMessage(), e);
        }
    }

    /** The project's rules folder first (when used), then the added ones. */
    private List<Path> folders() throws RelectureException {
        List<Path> folders = new ArrayList<>();
        if (options.withRulesHome) {
            Path home = options.rulesHome != null ? options.rulesHome : RulesHome.expected().orElse(null);
            if (home == null || !Files.isDirectory(home)) {
                throw new RelectureException((home == null ? "the rules folder" : home.toString())
                        + ": no such rules folder (the built-in rules read their lists from it; "
                        + "set -D" + RulesHome.PROPERTY + ", or run without it with --no-default-rules)");
            }
            folders.add(home);
        }
        folders.addAll(options.ruleFolders);
        return folders;
    }

    private CheckOptions checkOptions(ProjectConfig config) {
        Set<String> off = new LinkedHashSet<>(config.allDisabled());
        off.addAll(options.disabled);
        Set<String> only = options.enabledOnly.isEmpty() ? config.enabledOnly() : options.enabledOnly;
        Level level = options.level != null ? options.level : config.level();
        return new CheckOptions(level, new RuleSelection(off, only), config.severities(), config.names(),
                config.times().everyLevel());
    }

    /** Every rule or category name {@link #checkNames} checks, sorted. */
    private String namesChecked(ProjectConfig config) {
        Set<String> all = new TreeSet<>(union(config.allDisabled(), config.enabledOnly()));
        all.addAll(config.severities().byRule().keySet());
        all.addAll(union(options.disabled, options.enabledOnly));
        return String.join(",", all);
    }

    /** Every rule or category named, in the options or in the file, must exist. */
    private void checkNames(ProjectConfig config, RuleLibrary library) throws RelectureException, RuleLoadException {
        Map<String, Set<String>> fileNames = new LinkedHashMap<>();
        fileNames.put("rules", union(config.allDisabled(), config.enabledOnly()));
        fileNames.put("severity", config.severities().byRule().keySet());
        Set<String> given = union(options.disabled, options.enabledOnly);
        if (given.isEmpty() && fileNames.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        List<RuleInfo> known = knownRules(library, options.detectors, union(given, union(fileNames.get("rules"), fileNames.get("severity"))));
        Set<String> unknown = new RuleSelection(options.disabled, options.enabledOnly).unknown(known);
        if (!unknown.isEmpty()) {
            throw new RelectureException("no rule or category is called " + String.join(", ", unknown)
                    + " (relecture rules lists them)");
        }
        for (Map.Entry<String, Set<String>> section : fileNames.entrySet()) {
            for (String name : new RuleSelection(section.getValue(), Set.of()).unknown(known)) {
                throw new RelectureException(config.where(section.getKey(), originalCase(section.getValue(), name))
                        + ": no rule or category is called " + name + " (relecture rules lists them)");
            }
        }
    }

    /**
     * The rules to look names up in. LanguageTool's rules cost its start-up (seconds), so they are
     * listed only when a name is not one of relecture's own.
     */
    private static List<RuleInfo> knownRules(RuleLibrary library, List<Supplier<? extends Detector>> more,
                                             Set<String> names) throws RuleLoadException {
        List<RuleInfo> own = Checker.create(new CheckOptions(Level.PICKY, new RuleSelection(Set.of(), names)), library,
                more).rules();
        if (new RuleSelection(names, Set.of()).unknown(own).isEmpty()) {
            return own;
        }
        return Checker.create(new CheckOptions(Level.PICKY), library, more).rules();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The entry as the file spells it, so its line can be found. */
    private static String originalCase(Set<String> entries, String upper) {
        return entries.stream().filter(e -> e.strip().equalsIgnoreCase(upper)).findFirst().orElse(upper);
    }
}
