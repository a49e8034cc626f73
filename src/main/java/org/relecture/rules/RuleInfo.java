package org.relecture.rules;

import java.util.List;
import java.util.Objects;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;

/**
 * What one rule is: enough to list it, select it and test it.
 *
 * @param id          stable id, upper case with underscores; findings carry it
 * @param source      {@code languagetool}, {@code relecture} (built into the jar) or the rule file
 * @param level       the level from which the rule is active
 * @param examples    wrong and correct sentences; every rule outside LanguageTool's own has both
 */
public record RuleInfo(String id, Category category, Severity severity, String source, Level level,
                       String description, List<RuleExample> examples) {
    public static final String BUILTIN = "relecture";

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
        examples = List.copyOf(examples);
    }

    /** A rule compiled into relecture, active at the default level. */
    public static RuleInfo builtin(String id, Category category, Severity severity, String description,
                                   RuleExample... examples) {
        return new RuleInfo(id, category, severity, BUILTIN, Level.DEFAULT, description, List.of(examples));
    }
}
