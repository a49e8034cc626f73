package org.relecture.reports;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.LineColumn;

/**
 * Checkstyle's XML report (version 4.3), which reviewdog and most CI annotators read: a
 * {@code <file>} per input, an {@code <error>} per finding with line, column (code points), severity,
 * message (with the suggestions) and the rule id as {@code source}. An input that could not be
 * checked gets one error on line 1 whose source is {@value #UNCHECKED}. Streamed.
 */
final class CheckstyleRenderer implements Renderer {
    static final String UNCHECKED = "relecture.unchecked";

    private final XmlReport xml;

    CheckstyleRenderer(OutputStream out) {
        this.xml = new XmlReport(out);
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case NEUTRAL -> "info";
        };
    }

    @Override
    public void begin() throws IOException {
        try {
            xml.startDocument();
            xml.indent(0);
            xml.writer().writeStartElement("checkstyle");
            xml.attribute("version", "4.3");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void document(ScoredDocument scored) throws IOException {
        try {
            xml.indent(1);
            xml.writer().writeStartElement("file");
            xml.attribute("name", scored.label());
            if (scored.ok()) {
                for (Finding f : scored.findings()) {
                    writeFinding(scored.document(), f);
                }
            } else {
                xml.indent(2);
                xml.writer().writeEmptyElement("error");
                xml.attribute("line", "1");
                xml.attribute("severity", "error");
                xml.attribute("message", "not checked: " + scored.result().failure().reason());
                xml.attribute("source", UNCHECKED);
            }
            xml.indent(1);
            xml.writer().writeEndElement();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void writeFinding(Document doc, Finding f) throws XMLStreamException {
        LineColumn at = doc.lines().position(f.start());
        String message = f.message() + TextRenderer.suggestions(f);
        xml.indent(2);
        xml.writer().writeEmptyElement("error");
        xml.attribute("line", Integer.toString(at.line()));
        xml.attribute("column", Integer.toString(at.column()));
        xml.attribute("severity", severity(f.severity()));
        xml.attribute("message", message);
        xml.attribute("source", f.rule());
    }

    @Override
    public void end(CorpusSummary summary) throws IOException {
        try {
            xml.indent(0);
            xml.writer().writeEndElement();
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
