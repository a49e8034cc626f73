package org.relecture.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Builds the command tree and runs it; separate from {@link Main} so tests can run it in-process. */
public final class Cli {
    private Cli() {
    }

    /**
     * The subcommands, in the order help lists them. Picocli reads a command's annotations by
     * reflection when it is added (about 20 ms each, a quarter of a cached corpus rerun for the
     * whole tree), so a run that names its command first builds that command alone.
     */
    private static Map<String, Function<Io, Object>> subcommands() {
        Map<String, Function<Io, Object>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("rank", RankCommand::new);
        all.put("gate", GateCommand::new);
        all.put("fix", FixCommand::new);
        all.put("init", InitCommand::new);
        all.put("rules", RulesCommand::new);
        all.put("names", NamesCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("spark", SparkCommand::new);
        all.put("cache", io -> new CommandLine(new CacheCommand())
                .addSubcommand(new CacheCommand.Stats(io))
                .addSubcommand(new CacheCommand.Clear(io)));
        all.put("daemon", io -> new CommandLine(new DaemonCommand())
                .addSubcommand(new DaemonCommand.Start(io))
                .addSubcommand(new DaemonCommand.Stop(io))
                .addSubcommand(new DaemonCommand.Status(io)));
        return all;
    }

    public static int run(Io given, String... args) {
        // Nothing written to stderr may drive the terminal, whatever file name or rule it quotes.
        Io io = given.withErr(TerminalStream.escaping(given.err()));
        CommandLine cli = new CommandLine(new RelectureCommand());
        Map<String, Function<Io, Object>> subcommands = subcommands();
        Function<Io, Object> named = args.length > 0 ? subcommands.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.apply(io));
        } else {
            subcommands.forEach((name, command) -> cli.addSubcommand(name, command.apply(io)));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true)
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
