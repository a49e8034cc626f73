package org.relecture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.relecture.text.AtomicOutput;
import org.relecture.text.FileKind;

/**
 * Where a file the command writes ({@code --output}, {@code --write-baseline}) really lands, and
 * why it may not be written there: relecture replaces regular files only, ones the user may
 * write, never a file the run reads.
 */
final class OutputTarget {
    /** As Linux's {@code MAXSYMLINKS}: more links in a row are a loop. */

    private OutputTarget() {
    }

    /** Whether writing {@code a} would replace {@code b}: the same destination, or the same file by another name. */
    static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b)) {
            return true;
        }
        return AtomicOutput.destination(a).equals(AtomicOutput.destination(b));
    }

    /**
     * Why {@code target} may not be written, in the user's terms, or empty when it may.
     *
     * @param inputs the files the run reads
     */
    static Optional<String> refusal(Path target, Collection<Path> inputs) {
        Path destination;
        try {
            destination = AtomicOutput.destination(target);
        } catch (IOException e) {
            return Optional.of("cannot be written: " + FileKind.reason(e));
        }
        if (Files.isDirectory(destination)) {
            return Optional.of("is a directory");
        }
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(destination)) {
            return Optional.of("is " + FileKind.of(destination) + ", not a file; relecture replaces files only "
                    + "(leave out the option to write to stdout, and redirect it)");
        }
        if (!Files.isDirectory(destination.getParent())) {
            return Optional.of("cannot be written: no such directory");
        }
        try {
            for (Path input : inputs) {
                if (same(target, input)) {
                    return Optional.of("is one of the inputs; relecture never writes over its inputs");
                }
            }
        } catch (IOException e) {
            return Optional.of("cannot be written: " + FileKind.reason(e));
        }
        if (Files.exists(destination) && !Files.isWritable(destination)) {
            return Optional.of("is read-only; relecture does not replace a file you may not write");
        }
        return Optional.empty();
    }
}
