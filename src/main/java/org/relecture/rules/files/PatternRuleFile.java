package org.relecture.rules.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * {@code <rulegroup>} or {@code <rule>}, the innermost winning; LanguageTool ignores it. It reads
 * {@code fix="safe"} (or {@code "review"}, the default) the same way: whether the rule's first
 * suggestion may be applied without a human ({@code relecture fix}).
 */
public final class PatternRuleFile {
    private final Path path;
    private final byte[] content;
    private final Map<String, Severity> severities;
    private final Set<String> safeFixes;

    private PatternRuleFile(Path path, byte[] content, Map<String, Severity> severities, Set<String> safeFixes) {
        this.path = path;
        this.content = content;
        this.severities = Map.copyOf(severities);
        this.safeFixes = Set.copyOf(safeFixes);
    }

    static PatternRuleFile read(Path path) throws RuleLoadException {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RuleLoadException(path, "cannot be read: " + e.getMessage(), e);
        }
        Map<String, Severity> severities = new HashMap<>();
        Set<String> safeFixes = new HashSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
            collect(path, root, new Inherited(null, false, null), severities, safeFixes);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RuleLoadException(path, "not well-formed XML: " + e.getMessage(), e);
        }
        return new PatternRuleFile(path, content, severities, safeFixes);
    }

    /** What an element passes down to the rules inside it. */
    private record Inherited(Severity severity, boolean safeFix, String groupId) {
    }

    private static void collect(Path path, Element element, Inherited outer, Map<String, Severity> severities,
                                Set<String> safeFixes) throws RuleLoadException {
        Severity severity = outer.severity();
        String attribute = element.getAttribute("severity");
        if (!attribute.isEmpty()) {
            severity = FileValues.severity(path, attribute);
        }
        boolean safeFix = element.hasAttribute("fix")
                ? FileValues.safeFix(path, "fix", element.getAttribute("fix"))
                : outer.safeFix();
        String id = element.getAttribute("id");
        String groupId = element.getTagName().equals("rulegroup") ? id : outer.groupId();
        if (element.getTagName().equals("rule")) {
            String ruleId = id.isEmpty() ? groupId : id;
            if (severity != null) {
                severities.put(ruleId, severity);
            }
            if (safeFix) {
                safeFixes.add(ruleId);
            }
        }
        Inherited inner = new Inherited(severity, safeFix, groupId);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(path, e, inner, severities, safeFixes);
            }
        }
    }

    public Path path() {
        return path;
    }

    public ByteArrayInputStream open() {
        return new ByteArrayInputStream(content);
    }

    /** Whether the file declares the rule's first suggestion safe to apply without a human. */
    public boolean safeFix(String ruleId) {
        return safeFixes.contains(ruleId);
    }

    /** The severity the file gives the rule, if any. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }
}
