package org.relecture.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.relecture.text.AtomicOutput;
import org.relecture.text.Input;
import org.relecture.text.InputException;
import org.relecture.text.InputReader;
import org.relecture.text.TextDecoder;

/**
 * A file as {@code relecture fix} read it, and its rewriting. The new text is written as the old
 * one was: UTF-8, with the byte-order mark if the file had one (line endings are the text's own, and
 * fixes keep them); to a temporary file in the same directory, given the file's permissions, then
 * moved over it in one step, so a reader sees the old file or the new one, never half of one. Just
 * before the move, the file is read again: if its bytes or its modification time changed since it
 * was read, someone else edited it, and it is left as it is ({@link ChangedSinceReadException}).
 * A symbolic link is followed: the file it points to is rewritten, the link stays.
 */
public final class FixFile {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path path;
    private final String label;
    private final byte[] bytes;
    private final FileTime modified;
    private final String text;

    private FixFile(Path path, String label, byte[] bytes, FileTime modified, String text) {
        this.path = path;
        this.label = label;
        this.bytes = bytes;
        this.modified = modified;
        this.text = text;
    }

    /** Someone changed the file between its reading and its rewriting. */
    public static final class ChangedSinceReadException extends IOException {
        ChangedSinceReadException(String label) {
            super(label + ": changed since relecture read it; left as it is");
        }
    }

    public static FixFile read(Input.File input) throws InputException {
        FileTime modified;
        try {
            // Before the bytes: an edit made while they are read then shows as a newer time.
            modified = Files.getLastModifiedTime(input.path());
        } catch (IOException e) {
            modified = null;
        }
        byte[] bytes = InputReader.readFile(input, InputReader.DEFAULT_MAX_BYTES);
        return new FixFile(input.path(), input.label(), bytes, modified, TextDecoder.decode(bytes, input.label()));
    }

    public String label() {
        return label;
    }

    /** The text as decoded, byte-order mark removed. */
    public String text() {
        return text;
    }

    /** Replaces the file's content with {@code fixed}, unless the file changed since it was read. */
    public void write(String fixed) throws IOException {
        Path target = path.toRealPath();
        byte[] encoded = fixed.getBytes(StandardCharsets.UTF_8);
        try (AtomicOutput out = AtomicOutput.create(target)) {
            if (hasBom()) {
                out.stream().write(BOM);
            }
            out.stream().write(encoded);
            out.commit(() -> {
                if (!Files.getLastModifiedTime(target).equals(modified) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    throw new ChangedSinceReadException(label);
                }
            });
        }
    }

    private boolean hasBom() {
        return bytes.length >= BOM.length && Arrays.equals(bytes, 0, BOM.length, BOM, 0, BOM.length);
    }
}
