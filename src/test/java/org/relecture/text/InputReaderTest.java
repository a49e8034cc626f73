package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is read, and how much: regular files and stdin, up to the maximum document size. */
class InputReaderTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @TempDir
    Path dir;

    private static InputReader reader(long maxBytes) {
        return new InputReader(SPLITTER, InputStream.nullInputStream(), maxBytes);
    }

    private static String refusal(InputReader reader, Input input) {
        return assertThrows(InputException.class, () -> reader.read(input)).getMessage();
    }

    @Test
    void aDeviceIsRefusedWithoutBeingRead() {
        // /dev/zero never ends: read, it would fill the memory before anything else is checked.
        String reason = refusal(reader(InputReader.DEFAULT_MAX_BYTES), new Input.File(Path.of("/dev/zero"), "/dev/zero"));
        assertEquals("a character device, not a file; only files, directories and - (standard input) are read", reason);
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, mkfifo.exitValue());
        // Opening a FIFO with no writer blocks: the refusal must come before any open.
        String reason = refusal(reader(InputReader.DEFAULT_MAX_BYTES), new Input.File(fifo, "pipe.txt"));
        assertTrue(reason.startsWith("a named pipe (FIFO), not a file"), reason);
    }

    @Test
    void aFileOverTheMaximumIsRefusedAndOneAtTheMaximumRead() throws IOException {
        Path over = Files.writeString(dir.resolve("over.txt"), "a".repeat(1025));
        Path at = Files.writeString(dir.resolve("at.txt"), "a".repeat(1024));
        InputReader reader = reader(1024);
        assertEquals("larger than the maximum document size, 1 KiB (--max-size)",
                refusal(reader, new Input.File(over, "over.txt")));
        assertEquals(1024, assertDoesNotThrowRead(reader, new Input.File(at, "at.txt")).text().length());
    }

    @Test
    void standardInputIsReadNoFurtherThanTheMaximum() throws InputException {
        // An endless stream: the read must stop one byte past the maximum.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        InputReader capped = new InputReader(SPLITTER, endless, 4096);
        assertEquals("larger than the maximum document size, 4 KiB (--max-size)", refusal(capped, new Input.Stdin()));

        byte[] exact = "b".repeat(4096).getBytes(StandardCharsets.UTF_8);
        InputReader fits = new InputReader(SPLITTER, new ByteArrayInputStream(exact), 4096);
        assertEquals(4096, fits.read(new Input.Stdin()).text().length());
    }

    private static Document assertDoesNotThrowRead(InputReader reader, Input input) {
        try {
            return reader.read(input);
        } catch (InputException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }
}
