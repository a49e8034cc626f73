package org.relecture.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.Relecture;
import org.relecture.api.UnknownNames;
import org.relecture.check.DocumentResult;
import org.relecture.text.InputCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "names", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the capitalised words of a corpus that the French dictionary does not know, with how "
                + "often and in how many documents each is written, as a names: list to paste into relecture.yaml.")
final class NamesCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "Leave out the words written fewer than N times (default: ${DEFAULT-VALUE}).")
    int min;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CommonOptions common;

    NamesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Logging.configure(common.verbose);
        Optional<Relecture> relecture = ruleOptions.open(io, builder -> { });
        if (relecture.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        UnknownNames found = relecture.get().unknownNames(InputCollector.collect(paths));
        for (DocumentResult unread : found.unread()) {
            io.err().println("relecture: " + unread.label() + ": " + unread.failure().reason());
        }
        List<UnknownNames.Name> listed = found.names().stream().filter(n -> n.occurrences() >= min).toList();
        write(listed, found.documents(), io.out());
        io.out().flush();
        return found.unread().isEmpty() ? ExitCode.OK : ExitCode.USAGE_OR_INPUT;
    }

    /** YAML a project can paste whole, or item by item under its own {@code names:}. */
    private static void write(List<UnknownNames.Name> names, int documents, PrintStream out) {
        out.printf(Locale.ROOT, "# %d capitalised words unknown to the French dictionary in %d %s, most frequent first.%n",
                names.size(), documents, documents == 1 ? "document" : "documents");
        out.println("# Keep the names, delete the misspellings, paste into relecture.yaml.");
        out.println(names.isEmpty() ? "names: []" : "names:");
        int width = names.stream().mapToInt(n -> n.word().length()).max().orElse(0);
        for (UnknownNames.Name name : names) {
            out.printf(Locale.ROOT, "  - %-" + width + "s  # %d in %d %s%n", name.word(), name.occurrences(),
                    name.documents(), name.documents() == 1 ? "document" : "documents");
        }
    }
}
