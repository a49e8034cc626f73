package org.relecture.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/** Reads an {@link Input} into a {@link Document}. */
public final class InputReader {
    private final SentenceSplitter splitter;
    private final InputStream stdin;

    public InputReader(SentenceSplitter splitter, InputStream stdin) {
        this.splitter = splitter;
        this.stdin = stdin;
    }

    public Document read(Input input) throws InputException {
        String label = input.label();
        byte[] bytes;
        if (input instanceof Input.File f) {
            bytes = readFile(f);
        } else if (input instanceof Input.Unreadable u) {
            throw new InputException(label, u.reason());
        } else {
            bytes = readStdin(label);
        }
        return document(label, TextDecoder.decode(bytes, label));
    }

    /**
     * A {@code .md} file's Markdown syntax becomes markup; anything else is all prose. Sentences
     * are found when a rule first asks for them.
     */
    public Document document(String label, String text) {
        boolean markdown = label.toLowerCase(Locale.ROOT).endsWith(".md");
        return new Document(label, text, () -> splitter.split(text),
                markdown ? MarkdownMarkup.of(text) : List.of());
    }

    private static byte[] readFile(Input.File f) throws InputException {
        try {
            return Files.readAllBytes(f.path());
        } catch (NoSuchFileException e) {
            throw new InputException(f.label(), "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(f.label(), "permission denied");
        } catch (IOException e) {
            throw new InputException(f.label(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * A plain read loop: Java 17's {@code FileInputStream.readAllBytes} asks a pipe for its
     * position and fails with "Illegal seek" when stdin is piped.
     */
    private byte[] readStdin(String label) throws InputException {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputException(label, "cannot read standard input: " + e.getMessage());
        }
    }
}
