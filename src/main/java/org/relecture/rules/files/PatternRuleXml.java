package org.relecture.rules.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleLoadException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a LanguageTool pattern-rule file for the severities and safe fixes relecture adds
 * ({@code severity}, {@code fix="safe"}), and refuses a file
 * that declares an external entity or an external document type (XXE): such a file could put any
 * file of the machine, or a URL's answer, into the rules' messages and so into every report.
 * LanguageTool later parses the same bytes with its own parser, which would resolve them, so a
 * declaration is refused even when nothing refers to it. Internal entities, which LanguageTool's
 * own rule files use for word lists, stay allowed; nothing external is ever opened while reading.
 */
final class PatternRuleXml extends DefaultHandler2 {
    private static final String REFUSED = " is refused: a rule file may declare internal entities only";

    private final Path path;
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> safeFixes = new HashSet<>();
    /** The severity, the fix declaration and the rule group in force around each open element, innermost first. */
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private Locator locator;

    private record Scope(Severity severity, boolean safeFix, String groupId) {
    }

    /** What the file declares besides LanguageTool's own: by rule id (a rule group's rules by the group's id). */
    record Declarations(Map<String, Severity> severities, Set<String> safeFixes) {
    }

    /** Stops the parse with a rule-file error, carried through the SAX parser. */
    private static final class Refusal extends SAXException {
        private final transient RuleLoadException problem;

        Refusal(RuleLoadException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    private PatternRuleXml(Path path) {
        this.path = path;
        scopes.push(new Scope(null, false, null));
    }

    /** The severity of each rule that has one and the rules whose fix is declared safe. */
    static Declarations read(Path path, byte[] content) throws RuleLoadException {
        PatternRuleXml handler = new PatternRuleXml(path);
        try {
            XMLReader reader = parserFactory().newSAXParser().getXMLReader();
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.setContentHandler(handler);
            reader.setDTDHandler(handler);
            reader.setEntityResolver(handler);
            // the handler's: a fatal error is thrown, not printed on stderr as the parser's own would
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (Refusal refusal) {
            throw refusal.problem;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RuleLoadException(path, "not well-formed XML: " + e.getMessage(), e);
        }
        return new Declarations(Map.copyOf(handler.severities), Set.copyOf(handler.safeFixes));
    }

    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        // Secure processing keeps the limits on entity expansion (billion laughs); the rest makes
        // sure that nothing outside the file is read, should a declaration slip past the handler.
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        return factory;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        if (systemId != null || publicId != null) {
            throw refuse("the external document type (" + ids(publicId, systemId) + ")");
        }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        throw refuse("the external entity '" + name + "' (" + ids(publicId, systemId) + ")");
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notation) throws SAXException {
        throw refuse("the external entity '" + name + "' (" + ids(publicId, systemId) + ")");
    }

    /** Never reached while the declarations above are refused; refuses rather than open anything. */
    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) throws SAXException {
        throw refuse("the external entity '" + name + "' (" + ids(publicId, systemId) + ")");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        Scope outer = scopes.peek();
        Severity severity = outer.severity();
        String attribute = attributes.getValue("severity");
        String fix = attributes.getValue("fix");
        boolean safeFix = outer.safeFix();
        try {
            if (attribute != null && !attribute.isEmpty()) {
                severity = FileValues.severity(path, attribute);
            }
            if (fix != null) {
                safeFix = FileValues.safeFix(path, "fix", fix);
            }
        } catch (RuleLoadException e) {
            throw new Refusal(e);
        }
        String id = attributes.getValue("id");
        String groupId = qName.equals("rulegroup") ? id : outer.groupId();
        if (qName.equals("rule")) {
            String ruleId = id == null || id.isEmpty() ? groupId : id;
            if (severity != null) {
                severities.put(ruleId, severity);
            }
            if (safeFix) {
                safeFixes.add(ruleId);
            }
        }
        scopes.push(new Scope(severity, safeFix, groupId));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        scopes.pop();
    }

    private Refusal refuse(String what) {
        String line = locator == null || locator.getLineNumber() < 1 ? "" : "line " + locator.getLineNumber() + ": ";
        return new Refusal(new RuleLoadException(path, line + what + REFUSED));
    }

    private static String ids(String publicId, String systemId) {
        if (publicId == null) {
            return systemId;
        }
        return systemId == null ? publicId : publicId + " " + systemId;
    }
}
