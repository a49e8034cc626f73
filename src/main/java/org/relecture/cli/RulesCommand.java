package org.relecture.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.relecture.api.Relecture;
import org.relecture.findings.Severity;
import org.relecture.reports.TerminalText;
import org.relecture.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rules (LanguageTool's, relecture's built-in ones and those of the rules folders) "
                + "with id, category, severity, level, source and description.")
final class RulesCommand implements Callable<Integer> {
    enum ListFormat {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Io io;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Option(names = "--check",
            description = "Check the rule files instead of listing the rules: name each regular expression that may take "
                    + "exponential time (a repeated group holding a quantifier, or alternatives that start alike), "
                    + "with its file and line; exit 1 when there is one.")
    boolean check;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CommonOptions common;

    RulesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Logging.configure(common.verbose);
        Optional<Relecture> relecture = ruleOptions.open(io, builder -> { });
        if (relecture.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        if (check) {
            List<String> risky = relecture.get().riskyPatterns();
            risky.forEach(warning -> io.out().println(TerminalText.escape(warning)));
            io.out().println(risky.isEmpty() ? "no risky regular expression"
                    : risky.size() + " regular expression" + (risky.size() == 1 ? "" : "s") + " may take exponential time");
            io.out().flush();
            return risky.isEmpty() ? ExitCode.OK : ExitCode.QUALITY_FAILED;
        }
        List<RuleInfo> rules = relecture.get().activeRules().stream()
                .sorted(Comparator.comparing(RuleInfo::source).thenComparing(RuleInfo::id))
                .toList();
        if (format == ListFormat.JSON) {
            writeJson(rules);
        } else {
            writeTable(rules, io.out());
        }
        io.out().flush();
        return ExitCode.OK;
    }

    /** Ids, sources and descriptions come from rule files: escaped for the terminal ({@link TerminalText}). */
    private static void writeTable(List<RuleInfo> rules, PrintStream out) {
        int idWidth = rules.stream().mapToInt(r -> TerminalText.escape(r.id()).length()).max().orElse(2);
        int sourceWidth = rules.stream().mapToInt(r -> TerminalText.escape(r.source()).length()).max().orElse(6);
        int severityWidth = rules.stream().mapToInt(r -> severities(r).length()).max().orElse(8);
        String row = "%-" + idWidth + "s  %-14s  %-" + Math.max(8, severityWidth) + "s  %-7s  %-6s  %-" + sourceWidth
                + "s  %s%n";
        out.printf(row, "ID", "CATEGORY", "SEVERITY", "LEVEL", "FIX", "SOURCE", "DESCRIPTION");
        for (RuleInfo r : rules) {
            out.printf(row, TerminalText.escape(r.id()), r.category().id(), severities(r), r.level().toString(), fix(r),
                    TerminalText.escape(r.source()), TerminalText.escape(r.description()));
        }
        out.printf("%n%d rules%n", rules.size());
    }

    /** {@code safe} when {@code relecture fix} applies its first suggestion, {@code review} when a human must. */
    private static String fix(RuleInfo rule) {
        return rule.safeFix() ? "safe" : "review";
    }

    /** Its severity, or every severity a rule that grades its findings gives them ({@code minor,major,critical}). */
    private static String severities(RuleInfo rule) {
        return rule.severities().stream().map(Severity::id).collect(Collectors.joining(","));
    }

    private void writeJson(List<RuleInfo> rules) throws IOException {
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(io.out())) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("rules");
            for (RuleInfo r : rules) {
                json.writeStartObject();
                json.writeStringField("id", r.id());
                json.writeStringField("category", r.category().id());
                json.writeStringField("severity", r.severity().id());
                json.writeArrayFieldStart("severities");
                for (Severity severity : r.severities()) {
                    json.writeString(severity.id());
                }
                json.writeEndArray();
                json.writeStringField("level", r.level().toString());
                json.writeStringField("fix", fix(r));
                json.writeStringField("source", r.source());
                json.writeStringField("description", r.description());
                json.writeNumberField("examples", r.examples().size());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        io.out().println();
    }
}
