package org.relecture.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.relecture.api.FileFix;
import org.relecture.api.Fixer;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureException;
import org.relecture.check.DocumentResult;
import org.relecture.fix.FixOutcome;
import org.relecture.reports.FixSummary;
import org.relecture.reports.Numbers;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relecture fix}: the unified diff of the safe fixes on stdout (nothing else, so it can be
 * piped to {@code patch} or {@code git apply}), or with {@code --write} the files rewritten; what
 * was fixed and what is left for a human on stderr.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apply the safe fixes (rules whose first suggestion needs no human: `relecture rules`, column FIX).",
                "Without --write, print them as a unified diff and change nothing: exit 1 when there is something to fix, "
                        + "0 when not (as git diff --exit-code)."})
final class FixCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (.txt and .md), or - for stdin "
            + "(not with --write).")
    List<String> paths;

    @Option(names = "--write", description = "Rewrite the files in place (atomically, only if unchanged since read).")
    boolean write;

    @Option(names = "--only", paramLabel = "ID|CATEGORY", split = ",",
            description = "Apply only the safe fixes of these rules or categories (comma-separated, repeatable).")
    Set<String> only = new LinkedHashSet<>();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CommonOptions common;

    FixCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Logging.configure(common.verbose);
        if (write && paths.contains("-")) {
            io.err().println("relecture: fix --write cannot rewrite standard input; leave out --write to get the diff");
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<Relecture> relecture = ruleOptions.open(io, builder -> builder.workers(1));
        if (relecture.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Fixer fixer;
        try {
            fixer = relecture.get().fixer(only);
        } catch (RelectureException e) {
            io.err().println("relecture: --only: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        return run(fixer, InputCollector.collect(paths));
    }

    private int run(Fixer fixer, List<Input> inputs) {
        FixSummary summary = new FixSummary(common.useColor(io.caller()));
        Totals totals = new Totals();
        for (Input input : inputs) {
            FileFix fixed = fixer.fix(input, write);
            FixOutcome outcome = fixed.outcome();
            DocumentResult.Failure failure = failure(outcome);
            if (failure != null) {
                io.err().println("relecture: " + outcome.label() + ": " + failure.reason());
                if (common.verbose && failure.cause() != null) {
                    failure.cause().printStackTrace(io.err());
                }
                totals.failed(failure.kind());
                continue;
            }
            if (!write) {
                io.out().print(outcome.diff());
                io.out().flush();
            }
            summary.lines(outcome, fixed.written()).forEach(io.err()::println);
            if (fixed.problem() != null) {
                io.err().println("relecture: " + fixed.problem());
                totals.notWritten++;
            }
            totals.add(outcome);
        }
        io.err().println(totals.line(write));
        return totals.exitCode(write);
    }

    private static DocumentResult.Failure failure(FixOutcome outcome) {
        if (!outcome.before().ok()) {
            return outcome.before().result().failure();
        }
        return outcome.after().ok() ? null : outcome.after().result().failure();
    }

    /** Counts over the run, for the last line and the exit code. */
    private static final class Totals {
        int files;
        int changed;
        int fixes;
        int left;
        int inputFailures;
        int internalFailures;
        int notWritten;
        double before;
        double after;
        double qualityBefore;
        double qualityAfter;

        void add(FixOutcome outcome) {
            files++;
            changed += outcome.changed() ? 1 : 0;
            fixes += outcome.applied().size();
            left += outcome.after().findings().size();
            before += outcome.before().score().score();
            after += outcome.after().score().score();
            qualityBefore += outcome.before().score().calibratedScore();
            qualityAfter += outcome.after().score().calibratedScore();
        }

        void failed(DocumentResult.FailureKind kind) {
            if (kind == DocumentResult.FailureKind.INPUT) {
                inputFailures++;
            } else {
                internalFailures++;
            }
        }

        String line(boolean write) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d file%s: %,d fix%s %s in %,d file%s",
                    files, files == 1 ? "" : "s", fixes, fixes == 1 ? "" : "es", write ? "written" : "to apply",
                    changed, changed == 1 ? "" : "s"));
            if (files > 0) {
                sb.append("; mean quality ").append(Numbers.score(qualityBefore / files)).append(" -> ")
                        .append(Numbers.score(qualityAfter / files));
                sb.append(", mean score ").append(Numbers.score(before / files)).append(" -> ")
                        .append(Numbers.score(after / files));
            }
            sb.append(String.format(Locale.ROOT, "; %,d finding%s left for a human", left, left == 1 ? "" : "s"));
            int failed = inputFailures + internalFailures;
            if (failed > 0) {
                sb.append(String.format(Locale.ROOT, "; %,d input%s not fixed (the reasons are above)", failed,
                        failed == 1 ? "" : "s"));
            }
            if (notWritten > 0) {
                sb.append(String.format(Locale.ROOT, "; %,d file%s left unwritten", notWritten, notWritten == 1 ? "" : "s"));
            }
            return "relecture: " + sb;
        }

        int exitCode(boolean write) {
            if (internalFailures > 0) {
                return ExitCode.INTERNAL;
            }
            if (inputFailures > 0 || notWritten > 0) {
                return ExitCode.USAGE_OR_INPUT;
            }
            return !write && changed > 0 ? ExitCode.FIXES_TO_APPLY : ExitCode.OK;
        }
    }
}
