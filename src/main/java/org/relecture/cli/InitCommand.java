package org.relecture.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.relecture.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a commented " + ConfigLoader.FILE_NAME + " holding the defaults; an existing file is "
                + "never overwritten.")
final class InitCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = ConfigLoader.FILE_NAME,
            description = "Where to write it (default: ${DEFAULT-VALUE} in the working directory).")
    Path file;

    InitCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            // CREATE_NEW: the existence check and the creation are one step, so nothing is ever overwritten.
            Files.writeString(file, ConfigLoader.template(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            io.err().println("relecture: " + file + " already exists; it was left as it is");
            return ExitCode.USAGE_OR_INPUT;
        } catch (IOException e) {
            io.err().println("relecture: " + file + ": cannot be written: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        io.err().println("relecture: wrote " + file);
        return ExitCode.OK;
    }
}
