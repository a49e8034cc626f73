package org.relecture.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relecture.Version;
import org.relecture.testing.ReadmeSection;

/**
 * Each renderer against its expected file for the fixture corpus, as PMD tests its renderers. On a
 * difference the actual report is left in {@code target/renderer-actual/} to compare.
 */
class RendererExpectedFilesTest {
    @ParameterizedTest
    @CsvSource({"SARIF, fixture.sarif.json", "JUNIT, fixture.junit.xml", "CHECKSTYLE, fixture.checkstyle.xml",
            "TEXT, fixture.txt", "JSON, fixture.json"})
    void writesTheExpectedReport(Format format, String expectedFile) throws IOException {
        String actual = RendererFixtures.render(format).replace(Version.get(), "${version}");
        String expected;
        try (InputStream in = getClass().getResourceAsStream("expected/" + expectedFile)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path dir = Files.createDirectories(Path.of("target", "renderer-actual"));
            Files.writeString(dir.resolve(expectedFile), actual);
        }
        assertEquals(expected, actual, format + " differs from expected/" + expectedFile);
    }

    /** README, "Checking text": the text report of the fixture, as an example of its lines. */
    @Test
    void theReadmeShowsTheTextReportOfTheFixture() throws IOException {
        String report = RendererFixtures.render(Format.TEXT);
        ReadmeSection.check("RendererExpectedFilesTest", report.strip().replaceAll("(?m)^(?=.)", "      "));
    }
}
