package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses the JUnit and checkstyle XML of a real run over the seeds and one missing file, and
 * compares them with the SARIF of the same inputs.
 */
class XmlReportsTest {
    private static final String MISSING = "seeds/no-such-article.txt";
    private static Map<String, Integer> findingsPerFile;

    @BeforeAll
    static void countFindingsInSarif() {
        JsonNode sarif = CliRun.shared("check", "--format", "sarif", "seeds/").json();
        findingsPerFile = new HashMap<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            findingsPerFile.merge(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText(), 1, Integer::sum);
        }
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyleHasAFileElementPerInputAndAnErrorPerFinding() throws Exception {
        CliRun run = CliRun.run("check", "--format", "checkstyle", "seeds/", MISSING);
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        Element root = parse(run.out()).getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(6, files.getLength());
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            NodeList errors = file.getElementsByTagName("error");
            if (file.getAttribute("name").equals(MISSING)) {
                assertEquals(1, errors.getLength());
                assertTrue(((Element) errors.item(0)).getAttribute("message").contains("no such file"));
                continue;
            }
            assertEquals(findingsPerFile.getOrDefault(file.getAttribute("name"), 0), errors.getLength(),
                    file.getAttribute("name"));
            for (int j = 0; j < errors.getLength(); j++) {
                Element error = (Element) errors.item(j);
                assertTrue(Integer.parseInt(error.getAttribute("line")) >= 1);
                assertTrue(Integer.parseInt(error.getAttribute("column")) >= 1);
                assertTrue(error.getAttribute("severity").matches("error|warning|info"), error.getAttribute("severity"));
                assertTrue(error.getAttribute("source").matches("[A-Z0-9_]+"), error.getAttribute("source"));
            }
        }
    }

    @Test
    void junitHasATestCasePerInputAndAnErrorForTheMissingOne() throws Exception {
        CliRun run = CliRun.run("check", "--format", "junit", "seeds/", MISSING);
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        Document xml = parse(run.out());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("failures"), "check has no gate: no document fails");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(6, cases.getLength());
        Element last = (Element) cases.item(5);
        assertEquals(MISSING, last.getAttribute("name"));
        assertEquals(1, last.getElementsByTagName("error").getLength());
        Element first = (Element) cases.item(0);
        String out = first.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.startsWith("quality ") && out.contains("; score "), out);
    }
}
