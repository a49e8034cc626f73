package org.relecture.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@link Input} into a {@link Document}. Only regular files are opened (a device would
 * be read forever, a named pipe would hang the run), and no input is read past the maximum
 * document size, standard input included.
 */
public final class InputReader {
    /** The default maximum size of one document: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final SentenceSplitter splitter;
    private final InputStream stdin;
    private final long maxBytes;

    public InputReader(SentenceSplitter splitter, InputStream stdin) {
        this(splitter, stdin, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest document read, in bytes; a larger one is an input error */
    public InputReader(SentenceSplitter splitter, InputStream stdin, long maxBytes) {
        if (maxBytes < 1 || maxBytes > ByteSize.MAX) {
            throw new IllegalArgumentException("maximum document size out of range: " + maxBytes);
        }
        this.splitter = splitter;
        this.stdin = stdin;
        this.maxBytes = maxBytes;
    }

    public Document read(Input input) throws InputException {
        String label = input.label();
        byte[] bytes;
        if (input instanceof Input.File f) {
            bytes = readFile(f, maxBytes);
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

    /** The file's bytes, or why they cannot be read, in the words every command uses. */
    public static byte[] readFile(Input.File f, long maxBytes) throws InputException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(f.path(), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new InputException(f.label(), FileKind.of(f.path()) + ", not a file; only files, directories "
                        + "and - (standard input) are read");
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(f.label(), maxBytes);
            }
            try (InputStream in = Files.newInputStream(f.path())) {
                return readAtMost(in, f.label(), maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(f.label(), "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(f.label(), "permission denied");
        } catch (IOException e) {
            throw new InputException(f.label(), "cannot read: " + FileKind.reason(e));
        }
    }

    private byte[] readStdin(String label) throws InputException {
        try {
            return readAtMost(stdin, label, maxBytes);
        } catch (IOException e) {
            throw new InputException(label, "cannot read standard input: " + FileKind.reason(e));
        }
    }

    /**
     * A plain read loop that stops one byte past the maximum (a file can grow after its size was
     * read, and a pipe has none). Not {@code readAllBytes}: Java 17's {@code FileInputStream} asks
     * a pipe for its position and fails with "Illegal seek" when stdin is piped.
     */
    private static byte[] readAtMost(InputStream in, String label, long maxBytes) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long left = maxBytes + 1;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        if (out.size() > maxBytes) {
            throw tooLarge(label, maxBytes);
        }
        return out.toByteArray();
    }

    private static InputException tooLarge(String label, long maxBytes) {
        return new InputException(label, "larger than the maximum document size, " + ByteSize.format(maxBytes)
                + " (--max-size)");
    }
}
