package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.relecture.server.FuzzTries;

/**
 * Random {@code relecture.yaml}, YAML rule and baseline files (valid ones with random edits, or
 * random bytes) through the command line, in-process: every run ends with one of the documented
 * exit codes for a user's files, 0, 1 or 2, never 3 (an internal error), and stderr carries
 * relecture's messages only, no stack trace and no Java class name. {@code -Drelecture.fuzz.tries=N}
 * runs it longer.
 */
class CliFilesFuzzTest {
    private static final String DOC = "Il vit vraimentParis depuis longtemps.Il travaille à Lyon avec Jean Dupont.\n";
    private static final String CONFIG = """
            rules:
              level: default
              disable: [MISSING_SPACE_AFTER_PUNCTUATION]
              enable-only: []
            severity:
              FUZZ_RULE: major
              spacing: minor
            weights:
              style: 2
              debris: 0.5
            typography:
              quotes: french
              accented-capitals: true
            names: [Jean Dupont]
            gate:
              fail-on: critical
              min-score: 99
              min-mean: 99
            """;
    private static final String RULE = """
            kind: existence
            category: style
            severity: minor
            level: default
            description: Adverbes à éviter
            message: "« {match} » est à éviter."
            ignorecase: true
            tokens:
              - "vraiment"
              - "\\\\bsans (doute|aucun doute)\\\\b"
            examples:
              - wrong: "C'est <marker>vraiment</marker> bien."
              - correct: "C'est bien."
            """;
    /** Pieces of YAML, JSON, regular expressions and of these files' own keys, inserted at random. */
    private static final List<String> SNIPPETS = List.of(":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: *a",
            "!!binary ", "!!str ", "!!set ", "!!timestamp ", "~", "null", "true", "1e308", "-1", ".nan", ".inf", "0x10", "\t",
            "\"", "'", "\n", "  ", "# ", "|", ">", "? ", "%YAML 1.1\n", "---\n", "...\n", "9".repeat(1200), "\u0000",
            "\uFEFF", "é", "\u202F", "\r\n", "rules", "level", "disable", "enable-only", "severity", "weights",
            "typography", "quotes", "accented-capitals", "names", "gate", "fail-on", "min-score", "min-mean", "kind",
            "existence", "substitution", "consistency", "tokens", "swap", "either", "category", "message",
            "description", "examples", "wrong", "correct", "correction", "<marker>", "</marker>", "ignorecase",
            "picky", "critical", "neutral", "style", "FUZZ_RULE", "NO_SUCH_RULE", "(", ")", "*", "+", "{2,}", "\\",
            "$1", "(?<", "[^", "\\p{L}", "{match}", "{suggestion}", "findings", "path", "rule", "text", "before",
            "after", "tool", "version", "0", "100", "[]", "{}", "[[[[[[[[", "-", "a: &a [*a, *a]\n");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Java class name or a stack frame: what stderr must never show. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b(?:java|javax|com|org|net|sun|jdk)\\.[a-z]\\w*\\.[A-Za-z]|[a-z]\\.[A-Z]\\w*\\$[A-Z]|Exception|\\tat |internal error");

    private static Path dir;
    private static Path doc;
    private static String baseline;
    private static int run;

    /** A file as the fuzzer writes it: a valid one edited, or random bytes. */
    record FuzzFile(byte[] bytes, String how) {
        @Override
        public String toString() {
            return how + ": " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One edit of a text: delete, insert a snippet, duplicate, swap or indent a line. */
    record Edit(int kind, double at, double span, String snippet) {
    }

    @BeforeContainer
    static void files() throws IOException {
        dir = Files.createTempDirectory("relecture-cli-fuzz");
        doc = Files.writeString(dir.resolve("doc.txt"), DOC);
        baseline = """
                {"tool": "relecture", "version": "0.1.0", "findings": [
                  {"path": "%s", "rule": "GLUED_WORDS", "text": "vraimentParis", "before": "Il vit", "after": "depuis longtemps."},
                  {"path": "%s", "rule": "FUZZ_RULE", "text": "vraiment", "before": "Il vit", "after": "Paris depuis"}]}
                """.formatted(doc, doc);
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        deleteTree(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Which files of a try are fuzzed; the others are the valid ones, so that many runs get past reading them. */
    enum Target { CONFIG, RULE, BASELINE, ALL }

    @Property(tries = 30)
    @AddLifecycleHook(FuzzTries.class)
    void everyRunEndsWithADocumentedCodeAndNoTrace(@ForAll("targets") Target target, @ForAll("configs") FuzzFile fuzzedConfig,
                                                   @ForAll("rules") FuzzFile fuzzedRule,
                                                   @ForAll("baselines") FuzzFile fuzzedBaseline, @ForAll boolean gate)
            throws IOException {
        byte[] config = target == Target.CONFIG || target == Target.ALL ? fuzzedConfig.bytes() : utf8(CONFIG);
        byte[] rule = target == Target.RULE || target == Target.ALL ? fuzzedRule.bytes() : utf8(RULE);
        byte[] accepted = target == Target.BASELINE || target == Target.ALL ? fuzzedBaseline.bytes() : utf8(baseline);
        Path tryDir = Files.createDirectories(dir.resolve("try-" + run++));
        Path configFile = Files.write(tryDir.resolve("relecture.yaml"), config);
        Path rules = Files.createDirectories(tryDir.resolve("rules"));
        Files.write(rules.resolve("FUZZ_RULE.yaml"), rule);
        Path baselineFile = Files.write(tryDir.resolve("baseline.json"), accepted);
        List<String> args = new ArrayList<>(List.of(gate ? "gate" : "check", "--format", "json",
                "--config", configFile.toString(), "--no-default-rules", "--rules", rules.toString(),
                "--enable-only", "FUZZ_RULE,GLUED_WORDS,MISSING_SPACE_AFTER_PUNCTUATION"));
        if (gate) {
            args.addAll(List.of("--baseline", baselineFile.toString()));
        }
        args.add(doc.toString());
        CliRun result;
        try {
            result = CliRun.run(args.toArray(String[]::new));
        } finally {
            deleteTree(tryDir);
        }

        Statistics.label("exit code").collect(result.exitCode());
        // Many runs must get past the files, or only the refusals would be tested.
        Statistics.label("exit code").coverage(c -> c.check(2).percentage(p -> p < 85));
        assertTrue(result.exitCode() >= 0 && result.exitCode() <= 2, "exit " + result.exitCode() + "\n" + result.err());
        assertFalse(JAVA.matcher(result.err()).find(), result.err());
        if (result.exitCode() == ExitCode.USAGE_OR_INPUT) {
            assertTrue(result.err().startsWith("relecture: "), result.err());
        } else {
            assertTrue(result.json().has("documents"), result.out());
        }
    }

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.frequency(Tuple.of(3, Target.CONFIG), Tuple.of(3, Target.RULE), Tuple.of(3, Target.BASELINE),
                Tuple.of(1, Target.ALL));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<FuzzFile> configs() {
        return file(CONFIG);
    }

    @Provide
    Arbitrary<FuzzFile> rules() {
        return file(RULE);
    }

    @Provide
    Arbitrary<FuzzFile> baselines() {
        return file(baseline);
    }

    /** Mostly the valid file with a few edits; sometimes as it is, sometimes bytes of any kind. */
    private static Arbitrary<FuzzFile> file(String valid) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(SNIPPETS)).as(Edit::new);
        Arbitrary<FuzzFile> edited = edit.list().ofMinSize(1).ofMaxSize(4)
                .map(edits -> new FuzzFile(utf8(apply(valid, edits)), "edited " + edits));
        Arbitrary<FuzzFile> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .map(b -> new FuzzFile(b, "bytes"));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new FuzzFile(utf8(valid), "valid"))),
                Tuple.of(10, edited),
                Tuple.of(2, bytes));
    }

    static String apply(String text, List<Edit> edits) {
        String s = text;
        for (Edit e : edits) {
            int at = (int) (e.at() * s.length());
            List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
            int line = Math.min(lines.size() - 1, (int) (e.at() * lines.size()));
            switch (e.kind()) {
                case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + (int) (e.span() * s.length())));
                case 1, 2 -> s = s.substring(0, at) + e.snippet() + s.substring(at);
                case 3 -> {
                    lines.add(line, lines.get(line));
                    s = String.join("\n", lines);
                }
                case 4 -> {
                    int other = Math.min(lines.size() - 1, (int) (e.span() * 5 * lines.size()));
                    String a = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, a);
                    s = String.join("\n", lines);
                }
                default -> {
                    lines.set(line, (e.span() < 0.1 ? "  " : "") + lines.get(line).stripLeading());
                    s = String.join("\n", lines);
                }
            }
        }
        return s;
    }

}
