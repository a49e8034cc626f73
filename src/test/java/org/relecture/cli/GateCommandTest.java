package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/** {@code relecture gate}: exit 0 on pass, 1 on each threshold, 2 on errors; baselines. Runs relecture's spacing rule only. */
class GateCommandTest {
    private static final String CLEAN = "Le conseil municipal a voté le budget hier soir après un long débat.\n";
    /** Fifteen words and one missing space: 1 penalty point, a score of 93.3. */
    private static final String GLUED = "Le conseil municipal a voté le budget hier soir.La séance a duré trois heures.\n";
    /**
     * Three missing spaces in 14 words, judged over the minimum of 100 words: 30 penalty points per
     * 1,000 words, twice the tolerance, a calibrated score of 60.0 and a fail. (GLUED: 10 points,
     * 86.7, a pass.)
     */
    private static final String THRICE_GLUED = "Le conseil a voté.La séance a duré.Le maire a parlé.Les élus sont partis.\n";
    private static final String RULE = "MISSING_SPACE_AFTER_PUNCTUATION";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }

    private static CliRun gate(String... args) {
        List<String> all = new ArrayList<>(List.of("gate", "--enable-only", RULE));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    @Test
    void aCorpusOverEveryThresholdPasses() throws IOException {
        CliRun run = gate("--min-score", "90", "--min-mean", "90", "--fail-on", "major",
                file("a.txt", CLEAN).toString(), file("b.txt", GLUED).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("gate passed"), run.err());
        assertTrue(run.out().contains(RULE) && !run.out().contains("gate passed"), "the report on stdout, the verdict on stderr");
    }

    @Test
    void aJUnitReportFailsTheDocumentsTheGateFails() throws IOException {
        Path report = dir.resolve("junit.xml");
        CliRun run = gate("--min-score", "95", "--format", "junit", "--output", report.toString(),
                file("a.txt", CLEAN).toString(), file("b.txt", GLUED).toString());
        assertEquals(1, run.exitCode(), run.err());
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<failure", -1).length - 1, xml);
        assertTrue(xml.contains("score 93.3 is under min-score 95.0"), xml);
    }

    @Test
    void aDocumentUnderMinScoreFailsAndIsNamed() throws IOException {
        Path glued = file("b.txt", GLUED);
        CliRun run = gate("--min-score", "95", file("a.txt", CLEAN).toString(), glued.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(glued + ": score 93.3 is under min-score 95.0"), run.err());
        assertFalse(run.err().contains("a.txt"), run.err());
    }

    @Test
    void aCorpusMeanUnderMinMeanFails() throws IOException {
        CliRun run = gate("--min-score", "90", "--min-mean", "97", file("a.txt", CLEAN).toString(),
                file("b.txt", GLUED).toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("corpus: mean score 96.7 is under min-mean 97.0"), run.err());
    }

    @Test
    void aFindingAtFailOnSeverityFails() throws IOException {
        Path glued = file("b.txt", GLUED);
        assertEquals(0, gate(glued.toString()).exitCode(), "the default gate fails on critical findings only");
        CliRun run = gate("--fail-on", "minor", glued.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 finding at or above fail-on severity minor"), run.err());
    }

    @Test
    void failOnVerdictFailsADocumentOverTheTolerance() throws IOException {
        Path bad = file("bad.txt", THRICE_GLUED);
        Path glued = file("b.txt", GLUED);
        assertEquals(0, gate(bad.toString()).exitCode(), "the default gate does not judge the verdict");
        CliRun run = gate("--fail-on-verdict", glued.toString(), bad.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ": verdict fail: 30.0 penalty points per 1,000 words, over the tolerance of 15"),
                run.err());
        assertFalse(run.err().contains(glued.toString()), run.err());
    }

    @Test
    void theConfigurationCanFailOnTheVerdictAndTheCommandLineCanTurnItOff() throws IOException {
        Path config = file("relecture.yaml", "gate:\n  fail-on-verdict: true\n");
        Path bad = file("bad.txt", THRICE_GLUED);
        assertEquals(1, gate("--config", config.toString(), bad.toString()).exitCode());
        assertEquals(0, gate("--config", config.toString(), "--no-fail-on-verdict", bad.toString()).exitCode());
    }

    @Test
    void theToleranceAndTheMinimumLengthComeFromTheConfiguration() throws IOException {
        Path glued = file("b.txt", GLUED);
        assertEquals(0, gate("--fail-on-verdict", glued.toString()).exitCode(), "10 points per 1,000 words: a pass");
        Path strict = file("strict.yaml", "scoring:\n  tolerance: 5\n");
        CliRun run = gate("--config", strict.toString(), "--fail-on-verdict", glued.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("verdict fail: 10.0 penalty points per 1,000 words, over the tolerance of 5"), run.err());
        Path unpadded = file("unpadded.yaml", "scoring:\n  min-words: 0\n");
        CliRun own = gate("--config", unpadded.toString(), "--fail-on-verdict", glued.toString());
        assertEquals(1, own.exitCode(), own.err());
        assertTrue(own.err().contains("verdict fail: 66.7 penalty points per 1,000 words"), own.err());
    }

    @Test
    void minQualityFailsADocumentUnderTheCalibratedScore() throws IOException {
        Path glued = file("b.txt", GLUED);
        CliRun run = gate("--min-quality", "90", glued.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(glued + ": quality 86.7 (good) is under min-quality 90.0"), run.err());
        assertEquals(0, gate("--min-quality", "80", glued.toString()).exitCode());
        Path config = file("relecture.yaml", "gate:\n  min-quality: 90\n");
        assertEquals(1, gate("--config", config.toString(), glued.toString()).exitCode());
        assertEquals(0, gate("--config", config.toString(), "--min-quality", "85", glued.toString()).exitCode());
    }

    @Test
    void usageAndInputErrorsAreExitTwo() throws IOException {
        Path clean = file("a.txt", CLEAN);
        assertEquals(2, gate("--min-score", "150", clean.toString()).exitCode());
        CliRun quality = gate("--min-quality", "-1", clean.toString());
        assertEquals(2, quality.exitCode());
        assertTrue(quality.err().contains("take a score from 0 to 100, not -1.0"), quality.err());
        assertEquals(2, gate("--fail-on", "fatal", clean.toString()).exitCode());
        assertEquals(2, gate(dir.resolve("missing.txt").toString()).exitCode());
        CliRun badBaseline = gate("--baseline", file("baseline.json", "{\"findings\": 3}").toString(), clean.toString());
        assertEquals(2, badBaseline.exitCode());
        assertTrue(badBaseline.err().contains("baseline.json"), badBaseline.err());
        assertEquals(2, gate("--baseline", dir.resolve("none.json").toString(), clean.toString()).exitCode());
        CliRun unwritable = gate("--write-baseline", dir.resolve("no/such/folder.json").toString(), clean.toString());
        assertEquals(2, unwritable.exitCode());
        assertTrue(unwritable.err().contains("folder.json: cannot be written"), unwritable.err());
    }

    @Test
    void aRunWithAnUncheckedInputGivesNoVerdictAndWritesNoBaseline() throws IOException {
        Path clean = file("a.txt", CLEAN);
        Path baseline = dir.resolve("baseline.json");
        CliRun run = gate("--write-baseline", baseline.toString(), clean.toString(), dir.resolve("missing.txt").toString());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(baseline), "a baseline without the missing file's findings was written");
        assertFalse(run.err().contains("gate passed"), run.err());
        assertTrue(run.err().contains("gate not judged: 1 input could not be checked"), run.err());
    }

    @Test
    void theConfigurationSetsThresholdsAndTheCommandLineOverridesThem() throws IOException {
        Path config = file("relecture.yaml", "gate:\n  min-score: 99\n");
        Path glued = file("b.txt", GLUED);
        assertEquals(1, gate("--config", config.toString(), glued.toString()).exitCode());
        assertEquals(0, gate("--config", config.toString(), "--min-score", "90", glued.toString()).exitCode());
    }

    @Test
    void aBaselineAcceptsKnownFindingsEvenAfterEditsElsewhereButNotNewOnes() throws IOException {
        Path doc = file("article.txt", GLUED);
        Path baseline = dir.resolve("baseline.json");
        CliRun write = gate("--write-baseline", baseline.toString(), doc.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertEquals(1, new ObjectMapper().readTree(baseline.toFile()).get("findings").size());
        String[] strict = {"--baseline", baseline.toString(), "--fail-on", "minor", "--min-score", "99", doc.toString()};

        CliRun known = gate(strict);
        assertEquals(0, known.exitCode(), known.err());
        assertTrue(known.err().contains("1 findings accepted by the baseline"), known.err());

        // A paragraph added above moves every offset; the known finding is still accepted.
        Files.writeString(doc, "Un paragraphe ajouté en tête de l'article par la rédaction.\n\n" + GLUED, StandardCharsets.UTF_8);
        assertEquals(0, gate(strict).exitCode());

        // A new missing space elsewhere fails, and only it is counted.
        Files.writeString(doc, "Un paragraphe ajouté en tête.Puis une faute.\n\n" + GLUED, StandardCharsets.UTF_8);
        CliRun fresh = gate(strict);
        assertEquals(1, fresh.exitCode(), fresh.err());
        assertTrue(fresh.err().contains("1 finding at or above fail-on severity minor"), fresh.err());
    }

    @Test
    void theSameFindingTwiceNeedsTwoEntries() throws IOException {
        Path doc = file("article.txt", GLUED);
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, gate("--write-baseline", baseline.toString(), doc.toString()).exitCode());
        Files.writeString(doc, GLUED + "\n" + GLUED, StandardCharsets.UTF_8);
        CliRun run = gate("--baseline", baseline.toString(), "--fail-on", "minor", doc.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 finding at or above"), run.err());
    }
}
