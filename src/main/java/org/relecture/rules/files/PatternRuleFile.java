package org.relecture.rules.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleLoadException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A file of LanguageTool pattern rules ({@code <rules><category><rule>...}), which each worker's
 * LanguageTool loads as it loads its own. LanguageTool has no notion of severity, so relecture
 * reads an extra {@code severity} attribute (minor, major, critical) from {@code <category>},
 * {@code <rulegroup>} or {@code <rule>}, the innermost winning; LanguageTool ignores it.
 */
public final class PatternRuleFile {
    private final Path path;
    private final byte[] content;
    private final Map<String, Severity> severities;

    private PatternRuleFile(Path path, byte[] content, Map<String, Severity> severities) {
        this.path = path;
        this.content = content;
        this.severities = Map.copyOf(severities);
    }

    static PatternRuleFile read(Path path) throws RuleLoadException {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RuleLoadException(path, "cannot be read: " + e.getMessage(), e);
        }
        Map<String, Severity> severities = new HashMap<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
            collect(path, root, null, null, severities);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RuleLoadException(path, "not well-formed XML: " + e.getMessage(), e);
        }
        return new PatternRuleFile(path, content, severities);
    }

    private static void collect(Path path, Element element, Severity inherited, String groupId,
                                Map<String, Severity> out) throws RuleLoadException {
        Severity severity = inherited;
        String attribute = element.getAttribute("severity");
        if (!attribute.isEmpty()) {
            severity = FileValues.severity(path, attribute);
        }
        String id = element.getAttribute("id");
        if (element.getTagName().equals("rulegroup")) {
            groupId = id;
        }
        if (element.getTagName().equals("rule") && severity != null) {
            out.put(id.isEmpty() ? groupId : id, severity);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(path, e, severity, groupId, out);
            }
        }
    }

    public Path path() {
        return path;
    }

    public ByteArrayInputStream open() {
        return new ByteArrayInputStream(content);
    }

    /** The severity the file gives the rule, if any. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }
}
