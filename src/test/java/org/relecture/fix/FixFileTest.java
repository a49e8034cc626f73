package org.relecture.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.text.Input;

class FixFileTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aRewriteKeepsTheBomTheLineEndingsAndThePermissions() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.write(file, withBom("Titre\r\nLe budget.Les députés\r\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        FixFile read = FixFile.read(new Input.File(file, "a.txt"));
        assertEquals("Titre\r\nLe budget.Les députés\r\n", read.text());
        read.write("Titre\r\nLe budget. Les députés\r\n");
        assertArrayEquals(withBom("Titre\r\nLe budget. Les députés\r\n"), Files.readAllBytes(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), entries(), "no temporary file left");
    }

    @Test
    void aFileChangedSinceItWasReadIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Le budget.Les députés\n");
        FixFile read = FixFile.read(new Input.File(file, "a.txt"));
        Files.writeString(file, "Un autre texte, écrit entre-temps.\n");
        FixFile.ChangedSinceReadException e = assertThrows(FixFile.ChangedSinceReadException.class,
                () -> read.write("Le budget. Les députés\n"));
        assertEquals("a.txt: changed since relecture read it; left as it is", e.getMessage());
        assertEquals("Un autre texte, écrit entre-temps.\n", Files.readString(file));
        assertEquals(List.of(file), entries(), "no temporary file left");
    }

    @Test
    void aTouchedFileWithTheSameBytesIsLeftAlone() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Le budget.Les députés\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000L));
        FixFile read = FixFile.read(new Input.File(file, "a.txt"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000_000L));
        assertThrows(FixFile.ChangedSinceReadException.class, () -> read.write("Le budget. Les députés\n"));
        assertEquals("Le budget.Les députés\n", Files.readString(file));
    }

    @Test
    void aSymbolicLinkStaysALinkToTheRewrittenFile() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Le budget.Les députés\n");
        Path link = Files.createSymbolicLink(dir.resolve("lien.txt"), file.getFileName());
        FixFile.read(new Input.File(link, "lien.txt")).write("Le budget. Les députés\n");
        assertEquals(true, Files.isSymbolicLink(link));
        assertEquals("Le budget. Les députés\n", Files.readString(file));
    }
}
