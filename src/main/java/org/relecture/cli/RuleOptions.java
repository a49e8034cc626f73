package org.relecture.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureBuilder;
import org.relecture.api.RelectureException;
import org.relecture.config.ConfigLoader;
import org.relecture.rules.Level;
import picocli.CommandLine.Option;

/**
 * Options of every command that runs rules: the project's configuration file, which rule
 * folders, which rules, which level. The command line overrides the file; the library
 * ({@link RelectureBuilder}) reads and checks them all.
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

    @Option(names = "--no-default-rules",
            description = "Do not read relecture's own rules folder (its rule files and the lists its built-in rules "
                    + "read): only the folders of --rules; a built-in rule whose list they lack goes without it.")
    boolean noDefaultRules;

    /**
     * The setting these options describe, every file read and every name checked; empty, after
     * naming the file, the line and the problem on stderr, when something is wrong.
     *
     * @param settings the command's own settings of the library (workers, document size)
     */
    Optional<Relecture> open(Io io, Consumer<RelectureBuilder> settings) {
        RelectureBuilder builder = Relecture.builder()
                .configFile(configFile)
                .level(level)
                .disable(disabled)
                .enableOnly(enabledOnly)
                .stdin(io.in());
        io.kept().ifPresent(builder::keepCheckersIn);
        if (noDefaultRules) {
            builder.withoutRulesHome();
        }
        ruleFolders.forEach(builder::addRules);
        settings.accept(builder);
        try {
            return Optional.of(builder.build());
        } catch (RelectureException e) {
            io.err().println("relecture: " + e.getMessage());
            return Optional.empty();
        }
    }
}
