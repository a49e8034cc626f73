package org.relecture.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: only a list of subcommands. */
@Command(name = "relecture",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks French text produced by (machine) translation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:checked (with or without findings)",
            "1:the quality gate failed",
            "2:usage error, or an input could not be read (the others were checked)",
            "3:internal error"})
final class RelectureCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'relecture check PATH...'");
    }
}
