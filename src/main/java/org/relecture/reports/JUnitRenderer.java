package org.relecture.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;

/**
 * JUnit XML, the test report CI servers (GitLab, Jenkins, GitHub actions' test reporters) show: one
 * test suite, a test case per document that fails when the document fails the gate (the reasons as
 * the failure message, its findings in the text report's form as the body) and is an error when the
 * input could not be checked; when the gate has a corpus threshold, one more case for the corpus.
 *
 * <p>The suite's counts open the file, so the cases are kept (as the few strings they print, not
 * the documents) until {@link #end}.
 */
final class JUnitRenderer implements Renderer {
    static final String SUITE = "relecture";
    static final String CORPUS_CASE = "corpus";

    private record Case(String name, String failure, String details, String errorKind, String error, String output) {
    }

    private final XmlReport xml;
    private final Gate gate;
    private final List<Case> cases = new ArrayList<>();

    JUnitRenderer(OutputStream out, RenderOptions options) {
        this.xml = new XmlReport(out);
        this.gate = options.gate();
    }

    @Override
    public void document(ScoredDocument scored) {
        if (!scored.ok()) {
            DocumentResult.Failure why = scored.result().failure();
            cases.add(new Case(scored.label(), null, null, why.kind().name().toLowerCase(Locale.ROOT), why.reason(), null));
            return;
        }
        List<String> reasons = gate.failures(scored);
        String output = String.format(Locale.ROOT, "%s, %s; score %s, %d words, %d findings",
                Numbers.quality(scored.score().quality()), Numbers.againstTolerance(scored.score().quality(),
                        scored.score().words()), Numbers.score(scored.score().score()), scored.score().words(),
                scored.findings().size());
        String failure = reasons.isEmpty() ? null : String.join("; ", reasons);
        String details = failure == null ? null : findings(scored);
        cases.add(new Case(scored.label(), failure, details, null, null, output));
    }

    private static String findings(ScoredDocument scored) {
        StringBuilder sb = new StringBuilder();
        Ansi plain = new Ansi(false);
        for (Finding f : scored.findings()) {
            sb.append(TextRenderer.line(scored.document(), f, plain)).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void end(CorpusSummary summary) throws IOException {
        if (gate.minMean() != null) {
            List<String> reasons = gate.corpusFailures(summary);
            String output = summary.documents() == 0 ? "no document checked"
                    : "mean score " + Numbers.score(summary.meanScore());
            cases.add(new Case(CORPUS_CASE, reasons.isEmpty() ? null : String.join("; ", reasons), null, null, null, output));
        }
        try {
            write();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void write() throws XMLStreamException {
        String tests = Integer.toString(cases.size());
        String failures = Long.toString(cases.stream().filter(c -> c.failure() != null).count());
        String errors = Long.toString(cases.stream().filter(c -> c.error() != null).count());
        xml.startDocument();
        xml.indent(0);
        xml.writer().writeStartElement("testsuites");
        writeCounts(tests, failures, errors);
        xml.indent(1);
        xml.writer().writeStartElement("testsuite");
        writeCounts(tests, failures, errors);
        xml.attribute("skipped", "0");
        for (Case c : cases) {
            writeCase(c);
        }
        xml.indent(1);
        xml.writer().writeEndElement();
        xml.indent(0);
        xml.writer().writeEndElement();
        xml.endDocument();
    }

    private void writeCounts(String tests, String failures, String errors) throws XMLStreamException {
        xml.attribute("name", SUITE);
        xml.attribute("tests", tests);
        xml.attribute("failures", failures);
        xml.attribute("errors", errors);
    }

    private void writeCase(Case c) throws XMLStreamException {
        xml.indent(2);
        xml.writer().writeStartElement("testcase");
        xml.attribute("classname", SUITE);
        xml.attribute("name", c.name());
        if (c.failure() != null) {
            xml.indent(3);
            xml.writer().writeStartElement("failure");
            xml.attribute("type", "quality-gate");
            xml.attribute("message", c.failure());
            if (c.details() != null) {
                xml.text(c.details());
            }
            xml.writer().writeEndElement();
        }
        if (c.error() != null) {
            xml.indent(3);
            xml.writer().writeEmptyElement("error");
            xml.attribute("type", c.errorKind());
            xml.attribute("message", c.error());
        }
        if (c.output() != null) {
            xml.indent(3);
            xml.writer().writeStartElement("system-out");
            xml.text(c.output());
            xml.writer().writeEndElement();
        }
        xml.indent(2);
        xml.writer().writeEndElement();
    }
}
