package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    @Test
    void walksDirectoriesForTextAndMarkdownInPathOrderSkippingHiddenOnes() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/sub/z.md"), "x");
        Files.writeString(dir.resolve("b/a.txt"), "x");
        Files.writeString(dir.resolve("b/image.png"), "x");
        Files.writeString(dir.resolve(".git/c.txt"), "x");
        Files.writeString(dir.resolve("b/.hidden.txt"), "x");
        String root = dir.toString();
        List<String> labels = InputCollector.collect(List.of(root + "/")).stream().map(Input::label).toList();
        assertEquals(List.of(root + "/b/a.txt", root + "/b/sub/z.md"), labels);
    }

    @Test
    void keepsOperandOrderAndTurnsMissingPathsIntoUnreadableInputs() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.rst"), "x");
        List<Input> inputs = InputCollector.collect(List.of("-", dir.resolve("missing.txt").toString(), file.toString()));
        assertInstanceOf(Input.Stdin.class, inputs.get(0));
        Input.Unreadable missing = assertInstanceOf(Input.Unreadable.class, inputs.get(1));
        assertEquals("no such file or directory", missing.reason());
        // A file named explicitly is checked whatever its extension.
        assertEquals(file.toString(), inputs.get(2).label());
    }

    @Test
    void aDirectoryOperandThatIsASymbolicLinkIsFollowed() throws IOException {
        Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/a.txt"), "x");
        Files.writeString(dir.resolve("corpus/sub/b.md"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("corpus"));
        List<Input> inputs = InputCollector.collect(List.of(link.toString()));
        assertEquals(List.of(link + "/a.txt", link + "/sub/b.md"), inputs.stream().map(Input::label).toList());
        // The files keep the path the user gave, through the link.
        assertEquals(link.resolve("a.txt"), assertInstanceOf(Input.File.class, inputs.get(0)).path());
    }

    @Test
    void linksInsideADirectoryAreFollowedToFilesButNotToDirectories() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/outside.txt"), "x");
        Files.createSymbolicLink(dir.resolve("corpus/file.txt"), dir.resolve("elsewhere/outside.txt"));
        // A link back up would make the walk loop if links to directories were followed.
        Files.createSymbolicLink(dir.resolve("corpus/loop"), dir);
        List<String> labels = InputCollector.collect(List.of(dir.resolve("corpus").toString())).stream()
                .map(Input::label).toList();
        assertEquals(List.of(dir.resolve("corpus") + "/file.txt"), labels);
    }
}
