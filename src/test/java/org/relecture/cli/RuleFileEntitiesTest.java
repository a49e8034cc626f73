package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/**
 * A LanguageTool rule file is read with external entities and external document types refused
 * (XXE): whoever can add a file to a rules folder must not read the machine's files into a report
 * nor make the tool fetch a URL. Internal entities, which LanguageTool's rule files use for word
 * lists, still work.
 */
class RuleFileEntitiesTest {
    private static final String SECRET = "secret-7f3a9c-not-for-reports";
    private static final String TEXT = "Les pommes mûres sont tombées.\n";

    @TempDir
    Path dir;

    @Test
    void aFileEntityIsRefusedNamingTheFileAndItsContentNeverShown() throws Exception {
        Path secret = TestFiles.write(dir, "secret.txt", SECRET);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path xml = TestFiles.write(rules, "fuite.xml", ruleFile(
                "<!DOCTYPE rules [<!ENTITY p SYSTEM \"" + secret.toUri() + "\">]>", "Pommes &p;"));
        CliRun run = check(rules);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("relecture: " + xml + ": line 2: the external entity 'p' (" + secret.toUri()
                + ") is refused: a rule file may declare internal entities only\n", run.err());
        assertFalse((run.out() + run.err()).contains(SECRET));
    }

    @Test
    void anHttpEntityOrDocumentTypeIsNeverFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
            String[] doctypes = {
                "<!DOCTYPE rules [<!ENTITY p SYSTEM \"" + url + "\">]>",
                "<!DOCTYPE rules [<!ENTITY p PUBLIC \"-//x//y\" \"" + url + "\">]>",
                "<!DOCTYPE rules [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>",
                "<!DOCTYPE rules SYSTEM \"" + url + "\">",
            };
            for (String doctype : doctypes) {
                Path rules = Files.createTempDirectory(dir, "rules");
                Path xml = TestFiles.write(rules, "fuite.xml", ruleFile(doctype, doctype.contains("&p;") ? "&p;" : "Pommes"));
                CliRun run = check(rules);
                assertEquals(2, run.exitCode(), doctype + "\n" + run.err());
                assertTrue(run.err().startsWith("relecture: " + xml + ": line 2: the external "), run.err());
                assertTrue(run.err().contains(url), run.err());
                assertFalse((run.out() + run.err()).contains(SECRET));
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get(), "requests the loopback server received");
    }

    @Test
    void internalEntitiesStillWork() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        TestFiles.write(rules, "fruits.xml", ruleFile("<!DOCTYPE rules [<!ENTITY fruits \"pommes|poires\">]>",
                "Fruits : &fruits;"));
        CliRun run = check(rules);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Fruits : pommes|poires", run.json().at("/documents/0/findings/0/message").asText(), run.out());
    }

    @Test
    void anEntityBombIsRefusedNamingTheFile() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rules [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path xml = TestFiles.write(rules, "bombe.xml", ruleFile(doctype + "]>", "&l9;"));
        CliRun run = check(rules);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("relecture: " + xml + ": "), run.err());
        assertTrue(run.err().contains("entity expansions"), run.err());
    }

    private CliRun check(Path rules) throws Exception {
        Path text = TestFiles.write(dir, "a.txt", TEXT);
        return CliRun.run("check", "--no-default-rules", "--rules", rules.toString(),
                "--enable-only", "ENTITES_POMMES", "--format", "json", text.toString());
    }

    private static String ruleFile(String doctype, String message) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <rules lang="fr">
                  <category id="ESSAIS" name="Essais" type="grammar" severity="minor">
                    <rule id="ENTITES_POMMES" name="Pommes">
                      <pattern><token>pommes</token></pattern>
                      <message>%s</message>
                      <example correction=""><marker>pommes</marker></example>
                    </rule>
                  </category>
                </rules>
                """.formatted(doctype, message);
    }
}
