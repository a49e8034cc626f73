package org.relecture.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command tree and runs it; separate from {@link Main} so tests can run it in-process. */
public final class Cli {
    private Cli() {
    }

    public static int run(Io given, String... args) {
        // Nothing written to stderr may drive the terminal, whatever file name or rule it quotes.
        Io io = given.withErr(TerminalStream.escaping(given.err()));
        CommandLine cli = new CommandLine(new RelectureCommand())
                .addSubcommand(new CheckCommand(io))
                .addSubcommand(new RankCommand(io))
                .addSubcommand(new GateCommand(io))
                .addSubcommand(new FixCommand(io))
                .addSubcommand(new InitCommand(io))
                .addSubcommand(new RulesCommand(io))
                .addSubcommand(new NamesCommand(io))
                .addSubcommand(new ServeCommand(io))
                .addSubcommand(new SparkCommand(io))
                .addSubcommand(new CommandLine(new CacheCommand())
                        .addSubcommand(new CacheCommand.Stats(io))
                        .addSubcommand(new CacheCommand.Clear(io)))
                .addSubcommand(new CommandLine(new DaemonCommand())
                        .addSubcommand(new DaemonCommand.Start(io))
                        .addSubcommand(new DaemonCommand.Stop(io))
                        .addSubcommand(new DaemonCommand.Status(io)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("relecture: internal error: " + e);
                    // --verbose belongs to the subcommand, so ask the command that failed, not the top level.
                    if (cmd.getParseResult() != null && cmd.getParseResult().hasMatchedOption("--verbose")) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return ExitCode.INTERNAL;
                });
        return cli.execute(args);
    }
}
