package org.relecture.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.relecture.reports.Format;
import org.relecture.reports.RenderOptions;
import org.relecture.scoring.Gate;
import org.relecture.text.AtomicOutput;
import org.relecture.text.FileKind;
import picocli.CommandLine.Option;

/**
 * What every command that writes a report takes: its format and where it goes. A report written
 * to {@code --output} is complete or absent: it is written beside the file and moved over it only
 * when the command succeeds (exit 0, or 1 for a failed gate), so a run that fails leaves the file
 * as it was. The file may not be one of the run's inputs, nor anything but a file the user may
 * write ({@link OutputTarget}).
 */
final class ReportOptions {
    /** Writes a report and says how the command ends. */
    @FunctionalInterface
    interface Report {
        int write(OutputStream out) throws IOException, InterruptedException;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout; FILE is replaced only when the run succeeds.")
    Path output;

    /** Colour only on a terminal, so never in a file unless forced. */
    RenderOptions renderOptions(Io io, CommonOptions common, Gate gate) {
        boolean color = output == null ? common.useColor(io.caller()) : common.color == CommonOptions.ColorMode.ALWAYS;
        return new RenderOptions(color, gate);
    }

    /**
     * Runs {@code report} into stdout or the output file.
     *
     * @param inputs the files the run reads (the output must not be one)
     * @return the report's exit code, or 2 when the output cannot be written
     */
    int deliver(Io io, List<Path> inputs, Report report) throws IOException, InterruptedException {
        if (output == null) {
            int code = report.write(io.out());
            io.out().flush();
            return code;
        }
        Optional<String> refusal = OutputTarget.refusal(output, inputs);
        if (refusal.isPresent()) {
            io.err().println("relecture: --output " + output + ": " + refusal.get());
            return ExitCode.USAGE_OR_INPUT;
        }
        AtomicOutput file;
        try {
            file = AtomicOutput.create(output);
        } catch (IOException e) {
            io.err().println("relecture: --output " + output + ": cannot be written: " + FileKind.reason(e));
            return ExitCode.USAGE_OR_INPUT;
        }
        try (file) {
            int code = report.write(file.stream());
            if (code == ExitCode.OK || code == ExitCode.QUALITY_FAILED) {
                file.commit();
            } else {
                io.err().println("relecture: " + output + " not written, since the run did not complete");
            }
            return code;
        }
    }
}
