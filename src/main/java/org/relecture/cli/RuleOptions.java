package org.relecture.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relecture.config.ConfigLoader;
import org.relecture.config.ProjectConfig;
import org.relecture.rules.Checker;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSelection;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import picocli.CommandLine.Option;

/**
 * Options of every command that runs rules: the project's configuration file, which rule
 * folders, which rules, which level. The command line overrides the file.
 */
final class RuleOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Project configuration (default: " + ConfigLoader.FILE_NAME + " in the working directory, if any).")
    Path configFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the rules in DIR (YAML rules, LanguageTool XML pattern rules); repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID|CATEGORY", split = ",",
            description = "Turn off rules by id or category (comma-separated, repeatable), besides those the "
                    + "configuration turns off.")
    Set<String> disabled = new LinkedHashSet<>();

    @Option(names = "--enable-only", paramLabel = "ID|CATEGORY", split = ",",
            description = "Run only these rules or categories (comma-separated, repeatable); replaces the "
                    + "configuration's list.")
    Set<String> enabledOnly = new LinkedHashSet<>();

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Rule level: ${COMPLETION-CANDIDATES} (default: the configuration's, else default); "
                    + "picky adds stricter style and typography rules.")
    Level level;

    private ProjectConfig config = ProjectConfig.DEFAULTS;

    /** Reads the configuration file; false, after naming the file, line and problem on {@code err}, when it is bad. */
    private boolean loadConfig(PrintStream err) {
        try {
            config = ConfigLoader.find(configFile);
            return true;
        } catch (RuleLoadException e) {
            err.println("relecture: " + e.getMessage());
            return false;
        }
    }

    ProjectConfig config() {
        return config;
    }

    Level level() {
        return level != null ? level : config.level();
    }

    CheckOptions checkOptions() {
        Set<String> off = new LinkedHashSet<>(config.allDisabled());
        off.addAll(disabled);
        Set<String> only = enabledOnly.isEmpty() ? config.enabledOnly() : enabledOnly;
        return new CheckOptions(level(), new RuleSelection(off, only), config.severities(), config.names());
    }

    /**
     * The project's rules folder (when found) and then the ones given with --rules; empty, after
     * naming the file and the problem on {@code err}, when a rule file cannot be used.
     */
    private Optional<RuleLibrary> library(PrintStream err) {
        List<Path> folders = new ArrayList<>();
        RulesHome.locate().ifPresent(folders::add);
        folders.addAll(ruleFolders);
        try {
            return Optional.of(RuleLibrary.load(folders));
        } catch (RuleLoadException e) {
            err.println("relecture: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Loads the configuration and the rules and checks that every rule or category named, on the
     * command line or in the file, exists; empty after saying what is wrong on {@code err}.
     */
    Optional<RuleLibrary> selectableLibrary(PrintStream err) {
        if (!loadConfig(err)) {
            return Optional.empty();
        }
        Optional<RuleLibrary> library = library(err);
        if (library.isEmpty()) {
            return library;
        }
        Map<String, Set<String>> fileNames = Map.of(
                "rules", union(config.allDisabled(), config.enabledOnly()),
                "severity", config.severities().byRule().keySet());
        if (disabled.isEmpty() && enabledOnly.isEmpty() && fileNames.values().stream().allMatch(Set::isEmpty)) {
            return library;
        }
        List<RuleInfo> known = knownRules(library.get(), union(union(disabled, enabledOnly),
                union(fileNames.get("rules"), fileNames.get("severity"))));
        Set<String> unknown = new RuleSelection(disabled, enabledOnly).unknown(known);
        if (!unknown.isEmpty()) {
            err.println("relecture: no rule or category is called " + String.join(", ", unknown)
                    + " (relecture rules lists them)");
            return Optional.empty();
        }
        for (Map.Entry<String, Set<String>> section : fileNames.entrySet()) {
            for (String name : new RuleSelection(section.getValue(), Set.of()).unknown(known)) {
                err.println("relecture: " + config.where(section.getKey(), originalCase(section.getValue(), name))
                        + ": no rule or category is called " + name + " (relecture rules lists them)");
                return Optional.empty();
            }
        }
        return library;
    }

    /**
     * The rules to look names up in. LanguageTool's rules cost its start-up (seconds), so they are
     * listed only when a name is not one of relecture's own.
     */
    private static List<RuleInfo> knownRules(RuleLibrary library, Set<String> names) {
        List<RuleInfo> own = Checker.create(new CheckOptions(Level.PICKY, new RuleSelection(Set.of(), names)), library)
                .rules();
        if (new RuleSelection(names, Set.of()).unknown(own).isEmpty()) {
            return own;
        }
        return Checker.create(new CheckOptions(Level.PICKY), library).rules();
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
