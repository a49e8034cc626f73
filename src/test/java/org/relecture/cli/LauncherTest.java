package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script's choices of JVM options: the compiler by input size, and the class-data
 * archive it makes on the first check, maps later, replaces when the jar changes, and does without
 * when it cannot be made. The launcher runs a copy of itself in a home of its own whose jar is
 * {@link LauncherProbe}, which prints the options it was given.
 */
class LauncherTest {
    @TempDir
    Path home;
    @TempDir
    Path cache;
    private Path small;

    @BeforeEach
    void setUp() throws IOException {
        Files.copy(Path.of("relecture"), home.resolve("relecture"));
        home.resolve("relecture").toFile().setExecutable(true);
        Files.createDirectories(home.resolve("target/lib"));
        writeJar("one");
        small = Files.writeString(home.resolve("article.txt"), "Un article court.\n");
    }

    @Test
    void firstCheckMakesTheArchiveAndLaterRunsMapIt() throws Exception {
        Run first = run(Map.of(), "check", "3", small.toString());
        assertEquals(3, first.code, "the command's exit code is kept");
        assertTrue(first.options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), first.options::toString);
        assertEquals(List.of(), first.stray, "nothing but the program's output on stdout");
        List<Path> archives = archives();
        assertEquals(1, archives.size());
        assertTrue(Files.size(archives.get(0)) > 0);

        Run second = run(Map.of(), "check", "0", small.toString());
        assertTrue(second.options.contains("-XX:SharedArchiveFile=" + archives.get(0)), second.options::toString);
        assertEquals(List.of(), second.stray);
        assertEquals(archives, archives());
    }

    @Test
    void aChangedJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        run(Map.of(), "check", "0", small.toString());
        List<Path> before = archives();
        writeJar("two, longer");
        Run again = run(Map.of(), "check", "0", small.toString());
        assertTrue(again.options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), again.options::toString);
        List<Path> after = archives();
        assertEquals(1, after.size());
        assertNotEquals(before, after);
    }

    @Test
    void noArchiveWhenTheCacheFolderCannotBeMade() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        Run run = run(Map.of("XDG_CACHE_HOME", notAFolder.toString()), "check", "2", small.toString());
        assertEquals(2, run.code);
        assertFalse(run.options.stream().anyMatch(o -> o.contains("Archive")), run.options::toString);
    }

    @Test
    void offWhenAskedAndMadeOnlyByChecks() throws Exception {
        Run off = run(Map.of("RELECTURE_CDS", "0"), "check", "0", small.toString());
        assertFalse(off.options.stream().anyMatch(o -> o.contains("Archive")), off.options::toString);
        Run rules = run(Map.of(), "rules", "0");
        assertFalse(rules.options.stream().anyMatch(o -> o.contains("Archive")), rules.options::toString);
        assertEquals(List.of(), archives());
    }

    @Test
    void theSpellingAutomatonIsKeptInTheCacheFolderWhenItCanBeMade() throws Exception {
        String expected = "-Drelecture.spelling.cache=" + cache.resolve("relecture/spelling");
        assertTrue(run(Map.of(), "check", "0", small.toString()).options.contains(expected));
        assertTrue(Files.isDirectory(cache.resolve("relecture/spelling")));
        assertTrue(run(Map.of("RELECTURE_CDS", "0"), "serve", "0").options.contains(expected),
                "every command that may check, with or without class-data sharing");
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        Run run = run(Map.of("XDG_CACHE_HOME", notAFolder.toString()), "check", "2", small.toString());
        assertEquals(2, run.code);
        assertFalse(run.options.stream().anyMatch(o -> o.startsWith("-Drelecture.spelling.cache")), run.options::toString);
    }

    @Test
    void theCompilerFollowsTheInputSize() throws Exception {
        List<String> shortRun = run(Map.of(), "check", "0", small.toString()).options;
        assertTrue(shortRun.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(shortRun.containsAll(List.of("-Xmn200m", "-XX:MaxTenuringThreshold=0")), shortRun::toString);
        Path big = Files.writeString(home.resolve("big.txt"), "Un mot de plus. ".repeat(7_000));
        List<String> longRun = run(Map.of(), "check", "0", big.toString()).options;
        assertFalse(longRun.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(longRun.stream().anyMatch(o -> o.startsWith("-Xmn") || o.startsWith("-XX:MaxTenuringThreshold")),
                longRun::toString);
        Path folder = Files.createDirectories(home.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve(i + ".txt"), "Un mot de plus. ".repeat(3_000));
        }
        assertFalse(run(Map.of(), "rank", "0", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "a corpus of small documents is a large input");
        assertTrue(run(Map.of(), "gate", "0", small.toString(), "-").options.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aRerunCountsOnlyTheFilesChangedSinceTheSameCommandLastRan() throws Exception {
        // The test run turns the default cache off (pom.xml); here it is on, as for a user.
        Map<String, String> cached = Map.of("RELECTURE_NO_CACHE", "0");
        Path folder = Files.createDirectories(home.resolve("corpus"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(Files.writeString(folder.resolve(i + ".txt"), "Un mot de plus. ".repeat(3_000)));
        }
        Run first = run(cached, "check", "0", folder.toString());
        assertFalse(first.options.contains("-XX:TieredStopAtLevel=1"));
        Path marker = markerOf(first);
        long jar = markEverythingChecked(first, files);

        assertTrue(run(cached, "check", "0", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "nothing changed: every document comes from the cache");
        assertFalse(run(cached, "check", "0", "--format", "json", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "another command line has no marker");
        Run off = run(Map.of("RELECTURE_NO_CACHE", "1"), "check", "0", folder.toString());
        assertFalse(off.options.contains("-XX:TieredStopAtLevel=1"), "nor the same one with the cache turned off: " + off);
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(jar + 5_000));
        assertTrue(run(cached, "check", "0", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "one small document changed");
        Files.setLastModifiedTime(files.get(1), FileTime.fromMillis(jar + 5_000));
        Files.setLastModifiedTime(files.get(2), FileTime.fromMillis(jar + 5_000));
        assertFalse(run(cached, "check", "0", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "most of the corpus changed");
        Files.setLastModifiedTime(files.get(1), FileTime.fromMillis(jar - 60_000));
        Files.setLastModifiedTime(files.get(2), FileTime.fromMillis(jar - 60_000));
        Files.setLastModifiedTime(marker, FileTime.fromMillis(jar - 1_000));
        assertFalse(run(cached, "check", "0", folder.toString()).options.contains("-XX:TieredStopAtLevel=1"),
                "a jar built since: every finding may change");
    }

    @Test
    void aChangedRuleFolderOrConfigurationMeansEveryDocumentIsCheckedAgain() throws Exception {
        Map<String, String> cached = Map.of("RELECTURE_NO_CACHE", "0");
        List<Path> corpus = corpus();
        Path rules = Files.createDirectories(home.resolve("house-rules"));
        Path rule = Files.writeString(rules.resolve("house.yaml"), "rules: []\n");
        Path config = Files.writeString(home.resolve("project.yaml"), "rules:\n  level: picky\n");
        Path ownRule = Files.writeString(Files.createDirectories(home.resolve("rules")).resolve("own.yaml"), "rules: []\n");
        String folder = corpus.get(0).getParent().toString();
        List<String[]> commandLines = List.of(
                new String[] {"check", "0", "--rules", rules.toString(), folder},
                new String[] {"check", "0", "--rules=" + rules, folder},
                new String[] {"rank", "0", "--config", config.toString(), folder},
                new String[] {"gate", "0", "--config=" + config, folder},
                new String[] {"check", "0", folder});
        List<Path> settings = List.of(rule, rule, config, config, ownRule);
        for (int i = 0; i < commandLines.size(); i++) {
            String[] args = commandLines.get(i);
            List<Path> files = new ArrayList<>(corpus);
            files.add(settings.get(i));
            long jar = markEverythingChecked(run(cached, args), files);
            assertTrue(run(cached, args).options.contains("-XX:TieredStopAtLevel=1"),
                    "nothing changed: " + String.join(" ", args));
            Files.setLastModifiedTime(settings.get(i), FileTime.fromMillis(jar + 5_000));
            assertFalse(run(cached, args).options.contains("-XX:TieredStopAtLevel=1"),
                    "a small setting changed, every document is checked again: " + String.join(" ", args));
        }
    }

    @Test
    void filesThatAreNotDocumentsNorSettingsDoNotCount() throws Exception {
        Map<String, String> cached = Map.of("RELECTURE_NO_CACHE", "0");
        List<Path> corpus = corpus();
        Path folder = corpus.get(0).getParent();
        // A folder's other files are not read; a baseline is applied to the findings, not in the
        // cache's key; a report is written by the run. Each is larger than the JIT's threshold.
        Path notes = Files.writeString(folder.resolve("notes.pdf"), "x".repeat(150_000));
        Path hidden = Files.writeString(folder.resolve(".draft.txt"), "Un mot de plus. ".repeat(9_000));
        Path baseline = Files.writeString(home.resolve("baseline.json"), "x".repeat(150_000));
        Path report = Files.writeString(home.resolve("report.json"), "x".repeat(150_000));
        String[] args = {"gate", "0", "--baseline", baseline.toString(), "-o", report.toString(), folder.toString()};
        List<Path> files = new ArrayList<>(corpus);
        files.addAll(List.of(notes, hidden, baseline, report));
        long jar = markEverythingChecked(run(cached, args), files);
        for (Path file : List.of(notes, hidden, baseline, report)) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(jar + 5_000));
        }
        assertTrue(run(cached, args).options.contains("-XX:TieredStopAtLevel=1"), "no document changed");

        Path rules = Files.createDirectories(home.resolve("big-rules"));
        Files.writeString(rules.resolve("big.yaml"), "# " + "x".repeat(150_000) + "\n");
        assertTrue(run(Map.of(), "check", "0", "--rules", rules.toString(), small.toString()).options
                .contains("-XX:TieredStopAtLevel=1"), "a rule folder is no input to check");
    }

    /** Three documents of 48,000 bytes in a folder: a large input. */
    private List<Path> corpus() throws IOException {
        Path folder = Files.createDirectories(home.resolve("corpus"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(Files.writeString(folder.resolve(i + ".txt"), "Un mot de plus. ".repeat(3_000)));
        }
        return files;
    }

    /** The run marker file the launcher passed to relecture. */
    private static Path markerOf(Run run) {
        return Path.of(run.options.stream().filter(o -> o.startsWith("-Drelecture.run.marker="))
                .findFirst().orElseThrow().substring("-Drelecture.run.marker=".length()));
    }

    /**
     * What relecture does at the end of a run that kept every document in the cache: writes the
     * run's marker, after the files were last changed. The probe's jar is dated in the future, as
     * a jar built after the corpus was written; returns its time.
     */
    private long markEverythingChecked(Run first, List<Path> files) throws IOException {
        Path marker = markerOf(first);
        long jar = Files.getLastModifiedTime(home.resolve("target/relecture.jar")).toMillis();
        for (Path file : files) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(jar - 60_000));
        }
        Files.write(marker, new byte[0]);
        Files.setLastModifiedTime(marker, FileTime.fromMillis(jar + 1_000));
        return jar;
    }

    @Test
    void markersOfCommandLinesNotRunForAMonthGo() throws Exception {
        Path runs = Files.createDirectories(cache.resolve("relecture/runs"));
        Path old = Files.write(runs.resolve("1"), new byte[0]);
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 40L * 24 * 3600 * 1000));
        Path recent = Files.write(runs.resolve("2"), new byte[0]);
        run(Map.of(), "check", "0", small.toString());
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }

    @Test
    void withJava25TheArchiveIsAnAotCache() throws Exception {
        Path java25 = java25();
        assumeTrue(java25 != null, "no Java 25 or later under /usr/lib/jvm");
        Map<String, String> env = Map.of("RELECTURE_JAVA", java25.toString());
        Run first = run(env, "check", "3", small.toString());
        assertEquals(3, first.code);
        assertTrue(first.options.contains("-XX:AOTMode=record"), first.options::toString);
        assertEquals(List.of(), first.stray);
        List<Path> archives = archives();
        assertEquals(1, archives.size(), archives::toString);
        assertTrue(archives.get(0).toString().endsWith(".aot"));

        Run second = run(env, "check", "0", small.toString());
        assertTrue(second.options.contains("-XX:AOTCache=" + archives.get(0)), second.options::toString);
        assertEquals(List.of(), second.stray);
    }

    /** A JDK 25 or later among the machine's, if any. */
    private static Path java25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path jdk : homes.sorted().toList()) {
                Path release = jdk.resolve("release");
                Path java = jdk.resolve("bin/java");
                if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                    String version = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                            .findFirst().orElse("").replaceAll("[^0-9.]", "");
                    if (!version.isEmpty() && Integer.parseInt(version.split("\\.")[0]) >= 25) {
                        return java;
                    }
                }
            }
        }
        return null;
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("relecture/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The probe as the launcher's jar; {@code filler} changes its size, as a rebuilt jar's. */
    private void writeJar(String filler) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        Path jar = home.resolve("target/relecture.jar");
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.putNextEntry(new JarEntry("filler.txt"));
            out.write(filler.getBytes(StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + filler.length() * 1000L));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("relecture").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("RELECTURE_JAVA_OPTS");
        builder.environment().remove("RELECTURE_CDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        List<String> options = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (String line : out.lines().toList()) {
            (line.startsWith("-") ? options : stray).add(line);
        }
        return new Run(code, options, stray);
    }

    private record Run(int code, List<String> options, List<String> stray) {
    }
}
