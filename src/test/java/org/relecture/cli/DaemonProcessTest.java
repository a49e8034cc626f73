package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.daemon.DaemonFolder;
import org.relecture.testing.TestFiles;

/**
 * The daemon as a user meets it: real processes, a real socket in a folder of the test's. Each
 * command run through a daemon must give the bytes, on stdout and stderr, and the exit code of the
 * same command run without one; and every way a daemon can be missing or unusable must leave the
 * command to run in the client as if there were none.
 */
class DaemonProcessTest {
    /** Some of relecture's own rules, without LanguageTool. */
    private static final String OWN = "--enable-only=MISSING_SPACE_AFTER_PUNCTUATION,QUOTES_NOT_FRENCH,GUILLEMET_SPACING,"
            + "CAPITAL_WITHOUT_ACCENT,UNTRANSLATED_EN,CALQUES_ANGLAIS";
    private static final String TEXT = "Le conseil a voté le budget.La séance a duré trois heures, dit \"le maire\".\n";

    @TempDir
    Path tmp;

    private Path work;
    private Path runtime;
    private final List<Process> daemons = new ArrayList<>();

    @BeforeEach
    void folders() throws IOException {
        work = Files.createDirectory(tmp.resolve("work")).toRealPath();
        runtime = Files.createDirectory(tmp.resolve("runtime"));
    }

    @AfterEach
    void stopDaemons() throws InterruptedException {
        for (Process daemon : daemons) {
            daemon.destroy();
            daemon.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /** A run of the command line in its own JVM, in {@link #work}. */
    private record Run(int exitCode, byte[] out, byte[] err) {
        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    private List<String> java(List<String> jvm, String classPath, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx1g"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private ProcessBuilder builder(String classPath, List<String> args, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(java(List.of(), classPath, args)).directory(work.toFile());
        builder.environment().remove(DaemonUse.OFF_VARIABLE);
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        builder.environment().putAll(env);
        return builder;
    }

    private Run run(String classPath, byte[] stdin, Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "out", "");
        Path err = Files.createTempFile(tmp, "err", "");
        Path in = Files.write(Files.createTempFile(tmp, "in", ""), stdin);
        Process p = builder(classPath, List.of(args), env).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(in.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run ended");
        return new Run(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    }

    private Run run(String... args) throws Exception {
        return run(System.getProperty("java.class.path"), new byte[0], Map.of(), args);
    }

    /** The same command with no daemon to use. */
    private Run cold(byte[] stdin, String... args) throws Exception {
        return run(System.getProperty("java.class.path"), stdin, Map.of(DaemonUse.OFF_VARIABLE, "1"), args);
    }

    /** Starts a daemon for {@link #work} and returns once it says it is ready (on its stderr). */
    private Process startDaemon(String classPath, String idle) throws Exception {
        Process daemon = builder(classPath, List.of("daemon", "start", "--foreground", "--idle", idle), Map.of())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        daemons.add(daemon);
        BufferedReader err = new BufferedReader(new InputStreamReader(daemon.getErrorStream(), StandardCharsets.UTF_8));
        String line = err.readLine();
        assertTrue(line != null && line.startsWith("relecture: daemon ready"), "the daemon said: " + line);
        return daemon;
    }

    private Process startDaemon() throws Exception {
        return startDaemon(System.getProperty("java.class.path"), "600s");
    }

    /** How many commands the daemon says it ran. */
    private long served() throws Exception {
        Run status = run("daemon", "status");
        assertEquals(0, status.exitCode(), new String(status.out(), StandardCharsets.UTF_8));
        String text = new String(status.out(), StandardCharsets.UTF_8);
        return Long.parseLong(text.replaceAll("(?s).*: (\\d+) commands served.*", "$1"));
    }

    private static void assertSameRun(Run expected, Run actual, String what) {
        assertEquals(expected.exitCode(), actual.exitCode(), what + ": exit code; stderr " + actual.errText());
        assertEquals(new String(expected.out(), StandardCharsets.UTF_8), new String(actual.out(), StandardCharsets.UTF_8),
                what + ": stdout");
        assertArrayEquals(expected.out(), actual.out(), what + ": stdout bytes");
        assertArrayEquals(expected.err(), actual.err(), what + ": stderr bytes; " + actual.errText());
    }

    @Test
    void aDaemonAnswersEveryCommandByteForByteAsTheClientWouldHaveItself() throws Exception {
        TestFiles.write(work, "a.txt", TEXT);
        Files.createDirectory(work.resolve("docs"));
        TestFiles.write(work.resolve("docs"), "b.md", "# Etats du projet\n\nLa cooperation progresse , dit-il.\n");
        TestFiles.write(work.resolve("docs"), "c.txt", "The committee approved the budget yesterday.\n");
        Files.write(work.resolve("bad.txt"), new byte[] {'L', 'e', ' ', (byte) 0xff, '\n'});
        byte[] stdin = "Le maire a déclaré que «la séance était close».\n".getBytes(StandardCharsets.UTF_8);
        // The first command runs every rule, LanguageTool's too; the others only relecture's own, so
        // that the runs without a daemon they are compared with need not start LanguageTool each.
        List<String[]> commands = List.of(
                new String[] {"check", "a.txt"},
                new String[] {"check", "--format", "json", OWN, "a.txt", "docs"},
                new String[] {"check", "--format", "sarif", OWN, "docs/b.md"},
                new String[] {"check", "--format", "checkstyle", "--level", "picky", OWN, "a.txt"},
                new String[] {"check", "--color", "always", "--enable-only", "MISSING_SPACE_AFTER_PUNCTUATION", "a.txt"},
                new String[] {"check", "--format", "json", OWN, "-"},
                new String[] {"check", OWN, "a.txt", "missing.txt", "bad.txt"},
                new String[] {"check", "--disable", "NO_SUCH_RULE", OWN, "a.txt"},
                new String[] {"check", "--format", "nonsense", "a.txt"});
        List<Run> expected = new ArrayList<>();
        for (String[] command : commands) {
            expected.add(cold(stdin, command));
        }
        startDaemon();
        for (int i = 0; i < commands.size(); i++) {
            Run warm = run(System.getProperty("java.class.path"), stdin, Map.of(), commands.get(i));
            assertSameRun(expected.get(i), warm, String.join(" ", commands.get(i)));
        }
        assertEquals(commands.size(), served(), "every command went to the daemon");

        Run output = run("check", "--format", "json", OWN, "-o", "report.json", "a.txt", "docs");
        assertEquals(0, output.exitCode(), output.errText());
        assertArrayEquals(expected.get(1).out(), Files.readAllBytes(work.resolve("report.json")),
                "-o writes in the client's directory");

        Run notUsed = run("check", "--no-daemon", "a.txt");
        // the first command, LanguageTool started in the client
        assertSameRun(expected.get(0), notUsed, "--no-daemon");
        assertEquals(commands.size() + 1, served(), "--no-daemon checks in the client");
    }

    @Test
    void theDaemonNoticesAChangedConfigurationAndRuleFile() throws Exception {
        TestFiles.write(work, "a.txt", TEXT);
        startDaemon();
        Run before = run("check", "--format", "json", OWN, "a.txt");
        assertTrue(new String(before.out(), StandardCharsets.UTF_8).contains("MISSING_SPACE_AFTER_PUNCTUATION"));

        TestFiles.write(work, "relecture.yaml", "rules:\n  disable: [MISSING_SPACE_AFTER_PUNCTUATION]\n");
        Run after = run("check", "--format", "json", OWN, "a.txt");
        assertFalse(new String(after.out(), StandardCharsets.UTF_8).contains("MISSING_SPACE_AFTER_PUNCTUATION"),
                "the daemon read the new configuration");
        assertSameRun(cold(new byte[0], "check", "--format", "json", OWN, "a.txt"), after, "after the configuration changed");

        Path rules = Files.createDirectory(work.resolve("more"));
        TestFiles.write(rules, "BUDGET_TEST.yaml", """
                kind: substitution
                category: style
                severity: minor
                description: Un mot de test
                message: "« {match} » : un mot de test."
                swap:
                  "budget": "plan"
                examples:
                  - wrong: "Le conseil a voté le <marker>budget</marker>."
                    correction: "plan"
                  - correct: "Le conseil a voté le plan."
                """);
        Run withRule = run("check", "--rules", "more", "--enable-only=BUDGET_TEST,MISSING_SPACE_AFTER_PUNCTUATION", "a.txt");
        assertEquals(0, withRule.exitCode(), withRule.errText());
        assertTrue(new String(withRule.out(), StandardCharsets.UTF_8).contains("un mot de test"), "the new rule ran");
        assertSameRun(cold(new byte[0], "check", "--rules", "more", "--enable-only=BUDGET_TEST,MISSING_SPACE_AFTER_PUNCTUATION", "a.txt"), withRule, "a new rule folder");
        Files.writeString(rules.resolve("BUDGET_TEST.yaml"), Files.readString(rules.resolve("BUDGET_TEST.yaml"))
                .replace("un mot de test.", "un autre message."));
        Run edited = run("check", "--rules", "more", "--enable-only=BUDGET_TEST,MISSING_SPACE_AFTER_PUNCTUATION", "a.txt");
        assertTrue(edited.errText().isEmpty() && new String(edited.out(), StandardCharsets.UTF_8).contains("un autre message"),
                "the daemon read the edited rule file: " + edited.errText());
        assertEquals(4, served(), "every command went to the daemon");
    }

    @Test
    void aStaleSocketOrAFolderOthersMayUseLeavesTheCheckToTheClient() throws Exception {
        TestFiles.write(work, "a.txt", TEXT);
        Run expected = cold(new byte[0], "check", OWN, "a.txt");
        DaemonFolder folder = DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", runtime.toString()), "/nonexistent");
        folder.create();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path())));
        Path socket = folder.socket(work);
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket), "a socket nobody listens on is left behind");
        assertSameRun(expected, run("check", OWN, "a.txt"), "a stale socket");
        Run verbose = run("check", "-v", OWN, "a.txt");
        assertEquals(0, verbose.exitCode());
        assertTrue(verbose.errText().contains("relecture: daemon not used ("), verbose.errText());
        assertEquals(1, run("daemon", "status").exitCode(), "nothing runs");

        startDaemon();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
        Files.setPosixFilePermissions(folder.path(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Run open = run("check", "-v", OWN, "a.txt");
        assertEquals(0, open.exitCode());
        assertTrue(open.errText().contains("others may use it"), open.errText());
        Run refused = run("daemon", "start");
        assertEquals(2, refused.exitCode(), refused.errText());
        Files.setPosixFilePermissions(folder.path(), PosixFilePermissions.fromString("rwx------"));
        assertEquals(0, served(), "no command went to a daemon in a folder others may use");
    }

    @Test
    void aDaemonExitsWhenIdleOrStoppedAndRefusesOnceItsJarChanged() throws Exception {
        Process idle = startDaemon(System.getProperty("java.class.path"), "1s");
        assertTrue(idle.waitFor(2, TimeUnit.MINUTES), "the daemon exited when idle");
        assertEquals(0, idle.exitValue());
        assertEquals(1, run("daemon", "status").exitCode());

        Process stopped = startDaemon();
        Run stop = run("daemon", "stop");
        assertEquals(0, stop.exitCode(), stop.errText());
        assertTrue(stopped.waitFor(2, TimeUnit.MINUTES), "the daemon exited when stopped");
        assertEquals(1, run("daemon", "status").exitCode());

        // A class path with one more jar, which the test then "rebuilds".
        Path jar = Files.write(tmp.resolve("extra.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0});
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + jar;
        Process old = startDaemon(classPath, "600s");
        TestFiles.write(work, "a.txt", TEXT);
        Run first = run(classPath, new byte[0], Map.of(), "check", OWN, "a.txt");
        assertEquals(0, first.exitCode(), first.errText());
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis()
                + 60_000));
        Run rebuilt = run(classPath, new byte[0], Map.of(), "check", "-v", OWN, "a.txt");
        assertEquals(0, rebuilt.exitCode());
        assertTrue(rebuilt.errText().contains("changed on disk"), rebuilt.errText());
        assertTrue(old.waitFor(2, TimeUnit.MINUTES), "a daemon whose jar changed stops");
    }
}
