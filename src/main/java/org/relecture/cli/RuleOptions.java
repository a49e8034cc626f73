package org.relecture.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relecture.rules.Checker;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Level;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSelection;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import picocli.CommandLine.Option;

/** Options of every command that runs rules: which rule folders, which rules, which level. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the rules in DIR (YAML rules, LanguageTool XML pattern rules); repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID|CATEGORY", split = ",",
            description = "Turn off rules by id or category (comma-separated, repeatable).")
    Set<String> disabled = new LinkedHashSet<>();

    @Option(names = "--enable-only", paramLabel = "ID|CATEGORY", split = ",",
            description = "Run only these rules or categories (comma-separated, repeatable).")
    Set<String> enabledOnly = new LinkedHashSet<>();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "default",
            description = "Rule level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "picky adds stricter style and typography rules.")
    Level level;

    CheckOptions checkOptions() {
        return new CheckOptions(level, new RuleSelection(disabled, enabledOnly));
    }

    /**
     * The project's rules folder (when found) and then the ones given with --rules; empty, after
     * naming the file and the problem on {@code err}, when a rule file cannot be used.
     */
    Optional<RuleLibrary> library(PrintStream err) {
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
     * The rule library with a selection that names only rules and categories it has; empty,
     * after saying why on {@code err}, otherwise.
     */
    Optional<RuleLibrary> selectableLibrary(PrintStream err) {
        Optional<RuleLibrary> library = library(err);
        if (library.isEmpty()) {
            return library;
        }
        Set<String> unknown = unknownSelections(library.get());
        if (!unknown.isEmpty()) {
            err.println("relecture: no rule or category is called " + String.join(", ", unknown)
                    + " (relecture rules lists them)");
            return Optional.empty();
        }
        return library;
    }

    /** Selection entries that name no rule or category; empty when there is no selection. */
    Set<String> unknownSelections(RuleLibrary library) {
        RuleSelection selection = checkOptions().selection();
        if (selection.disabled().isEmpty() && selection.enabledOnly().isEmpty()) {
            return Set.of();
        }
        CheckOptions everything = new CheckOptions(Level.PICKY);
        return selection.unknown(Checker.create(everything, library).rules());
    }
}
