package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.check.CorpusRunner;
import org.relecture.text.Document;
import org.relecture.text.Paragraphs;

/**
 * One long document checked in pieces on several workers gives the report of a check of the
 * whole, byte for byte, whether it is cut for its length or shared by the workers of a run with
 * fewer documents than workers: the seeds and the Debian documents of the suggestions test, all distinct
 * text, in one file, with a bracket opened in one paragraph and closed pieces later (which
 * LanguageTool pairs over the whole text) and a name written two ways far apart (a consistency
 * finding, document-level evidence).
 */
class PiecedCheckTest {
    private static final int PIECE = 4_000;

    @TempDir
    Path dir;

    @Test
    void reportIsTheSameAsTheWholeDocumentsOnOneWorkerOrTwo() throws IOException {
        Path file = longDocument();
        // One worker and the default piece size: the document is checked whole.
        CliRun whole = CliRun.run(check(file, "1"));
        // Two workers for one document share it in pieces of about a quarter of it.
        CliRun shared = CliRun.run(check(file, "2"));
        String ranWith = System.getProperty(CorpusRunner.PIECE_CHARS_PROPERTY);
        System.setProperty(CorpusRunner.PIECE_CHARS_PROPERTY, Integer.toString(PIECE));
        CliRun twoWorkers;
        CliRun oneWorker;
        try {
            twoWorkers = CliRun.run(check(file, "2"));
            oneWorker = CliRun.run(check(file, "1"));
        } finally {
            if (ranWith == null) {
                System.clearProperty(CorpusRunner.PIECE_CHARS_PROPERTY);
            } else {
                System.setProperty(CorpusRunner.PIECE_CHARS_PROPERTY, ranWith);
            }
        }
        assertEquals(whole.exitCode(), twoWorkers.exitCode(), twoWorkers.err());
        assertEquals(whole.out(), shared.out());
        assertEquals(whole.out(), twoWorkers.out());
        assertEquals(whole.out(), oneWorker.out());

        String text = Files.readString(file);
        int pieces = Paragraphs.pieces(new Document("long", text, List.of()), PIECE).size();
        assertTrue(pieces >= 10, "pieces: " + pieces);
        List<String> rules = new ArrayList<>();
        whole.json().get("documents").get(0).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertTrue(rules.contains("FR_SPELLING_RULE"), "LanguageTool's findings: " + rules);
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("NAME_")) || rules.contains("UNPAIRED_BRACKETS"),
                "document-level findings: " + rules);
    }

    private static String[] check(Path file, String workers) {
        return new String[] {"check", "--format", "json", "--no-cache", "-j", workers, file.toString()};
    }

    /** Distinct articles, one after the other, with a bracket and a name that span pieces. */
    private Path longDocument() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds")); Stream<Path> debian = Files.list(Path.of("src/test/resources/lazy-suggestions"))) {
            Stream.concat(seeds, debian).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
        }
        StringBuilder text = new StringBuilder("Le rapport (publié par Vladimir Poutine au printemps\n\n");
        for (Path source : sources) {
            text.append(Files.readString(source).strip()).append("\n\n");
        }
        text.append("Vladimir Putin en a pris acte) le lendemain.\n");
        return Files.writeString(dir.resolve("long.txt"), text);
    }
}
