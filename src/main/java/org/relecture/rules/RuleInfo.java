package org.relecture.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * What one rule is: enough to list it, select it and test it.
 *
 * @param id          stable id, upper case with underscores; findings carry it
 * @param severity    its default severity: what its findings have unless the rule grades them
 * @param severities  every severity its findings can have, the default among them (a rule that
 *                    grades its findings, as the untranslated ones do by length, lists several)
 * @param source      {@code languagetool}, {@code relecture} (built into the jar) or the rule file
 * @param level       the level from which the rule is active
 * @param examples    wrong and correct sentences; every rule outside LanguageTool's own has both
 * @param safeFix     whether its first suggestion may be applied without a human ({@code relecture fix}):
 *                    true only for mechanical corrections (spacing, quotation marks, debris to delete);
 *                    a finding can still ask for review ({@link Finding#needsReview()})
 */
public record RuleInfo(String id, Category category, Severity severity, Set<Severity> severities, String source,
                       Level level, String description, List<RuleExample> examples, boolean safeFix) {
    public static final String BUILTIN = "relecture";

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
        if (!severities.contains(severity)) {
            throw new IllegalArgumentException(id + ": the default severity " + severity.id() + " is not among "
                    + severities);
        }
        severities = Collections.unmodifiableSet(EnumSet.copyOf(severities));
        examples = List.copyOf(examples);
    }

    /** A rule whose fixes need a human. */
    public RuleInfo(String id, Category category, Severity severity, Set<Severity> severities, String source,
                    Level level, String description, List<RuleExample> examples) {
        this(id, category, severity, severities, source, level, description, examples, false);
    }

    /** A rule whose findings all have its one severity. */
    public RuleInfo(String id, Category category, Severity severity, String source, Level level, String description,
                    List<RuleExample> examples) {
        this(id, category, severity, Set.of(severity), source, level, description, examples);
    }

    /** A rule compiled into relecture, active at the default level. */
    public static RuleInfo builtin(String id, Category category, Severity severity, String description,
                                   RuleExample... examples) {
        return new RuleInfo(id, category, severity, BUILTIN, Level.DEFAULT, description, List.of(examples));
    }

    /** This rule grading its findings: each has one of {@code graded}, the default included. */
    public RuleInfo grading(Severity... graded) {
        return new RuleInfo(id, category, severity, Set.of(graded), source, level, description, examples, safeFix);
    }

    /** This rule with its first suggestion declared safe to apply without a human. */
    public RuleInfo withSafeFix() {
        return new RuleInfo(id, category, severity, severities, source, level, description, examples, true);
    }

    /** This rule with every finding at {@code fixed} (a project's own severity for it). */
    public RuleInfo at(Severity fixed) {
        return new RuleInfo(id, category, fixed, Set.of(fixed), source, level, description, examples, safeFix);
    }
}
