package org.relecture.rules.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleLoadException;

/**
 * A file of LanguageTool pattern rules ({@code <rules><category><rule>...}), which each worker's
 * LanguageTool loads as it loads its own. LanguageTool has no notion of severity, so relecture
 * reads an extra {@code severity} attribute (minor, major, critical) from {@code <category>},
 * {@code <rulegroup>} or {@code <rule>}, the innermost winning; LanguageTool ignores it. It reads
 * {@code fix="safe"} (or {@code "review"}, the default) the same way: whether the rule's first
 * suggestion may be applied without a human ({@code relecture fix}). A file with external entities
 * is refused ({@link PatternRuleXml}).
 */
public final class PatternRuleFile {
    private final Path path;
    private final byte[] content;
    private final Map<String, Severity> severities;
    private final Set<String> safeFixes;

    private PatternRuleFile(Path path, byte[] content, Map<String, Severity> severities, Set<String> safeFixes) {
        this.path = path;
        this.content = content;
        this.severities = Map.copyOf(severities);
        this.safeFixes = Set.copyOf(safeFixes);
    }

    static PatternRuleFile read(Path path) throws RuleLoadException {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RuleLoadException(path, "cannot be read: " + e.getMessage(), e);
        }
        PatternRuleXml.Declarations declared = PatternRuleXml.read(path, content);
        return new PatternRuleFile(path, content, declared.severities(), declared.safeFixes());
    }

    public Path path() {
        return path;
    }

    public ByteArrayInputStream open() {
        return new ByteArrayInputStream(content);
    }

    /** Whether the file declares the rule's first suggestion safe to apply without a human. */
    public boolean safeFix(String ruleId) {
        return safeFixes.contains(ruleId);
    }

    /** The severity the file gives the rule, if any. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }
}
