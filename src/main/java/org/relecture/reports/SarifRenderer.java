package org.relecture.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relecture.Version;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;

/**
 * SARIF 2.1.0, the format GitHub code scanning and SARIF viewers read: one run whose results are
 * streamed document by document. JSON members have no order, so the run lists its results first
 * and its {@code tool} (with the rules the results used, in order of first use, which is what
 * {@code ruleIndex} counts) and {@code invocations} (inputs that could not be checked, as
 * notifications) at the end, when they are known.
 *
 * <p>Regions use SARIF's default column unit, UTF-16 code units, which is also what relecture's
 * offsets count. {@code partialFingerprints} hash the rule, the file, the flagged text and its
 * rank among equal findings of the file, so code scanning keeps tracking a finding when lines are
 * added above it.
 */
final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "relectureFinding/v1";
    private static final int MAX_FIXES = 3;

    private final JsonGenerator json;
    private final Map<String, Finding> rules = new LinkedHashMap<>();
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<ScoredDocument> failures = new ArrayList<>();

    SarifRenderer(OutputStream out) {
        this.json = JsonStreams.generator(out);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, MAJOR -> "error";
            case MINOR -> "warning";
            case NEUTRAL -> "note";
        };
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeArrayFieldStart("results");
    }

    @Override
    public void document(ScoredDocument scored) throws IOException {
        if (!scored.ok()) {
            failures.add(scored);
            return;
        }
        Document doc = scored.document();
        String uri = ArtifactUri.of(doc.path());
        FindingFingerprints fingerprints = new FindingFingerprints(doc);
        for (Finding f : scored.findings()) {
            rules.putIfAbsent(f.rule(), f);
            ruleIndex.putIfAbsent(f.rule(), ruleIndex.size());
            writeResult(doc, uri, f, fingerprints.next(f));
        }
        json.flush();
    }

    private void writeResult(Document doc, String uri, Finding f, String fingerprint) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.rule());
        json.writeNumberField("ruleIndex", ruleIndex.get(f.rule()));
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifact(uri);
        json.writeFieldName("region");
        writeRegion(doc, f, true);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        writeFixes(doc, uri, f);
        json.writeObjectFieldStart("properties");
        json.writeStringField("category", f.category().id());
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("source", f.source());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeArtifact(String uri) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri);
        json.writeEndObject();
    }

    private void writeRegion(Document doc, Finding f, boolean withSnippet) throws IOException {
        Utf16Position from = Utf16Position.of(doc, f.start());
        Utf16Position to = Utf16Position.of(doc, f.end());
        json.writeStartObject();
        json.writeNumberField("startLine", from.line());
        json.writeNumberField("startColumn", from.column());
        json.writeNumberField("endLine", to.line());
        json.writeNumberField("endColumn", to.column());
        if (withSnippet) {
            json.writeObjectFieldStart("snippet");
            json.writeStringField("text", doc.slice(f.start(), f.end()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Each suggestion is a fix that replaces the flagged text; viewers offer them as alternatives. */
    private void writeFixes(Document doc, String uri, Finding f) throws IOException {
        List<String> suggestions = f.suggestions().stream().distinct().limit(MAX_FIXES).toList();
        if (suggestions.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("fixes");
        for (String s : suggestions) {
            json.writeStartObject();
            json.writeObjectFieldStart("description");
            json.writeStringField("text", s.isEmpty() ? "Delete" : "Replace with \u201c" + s + "\u201d");
            json.writeEndObject();
            json.writeArrayFieldStart("artifactChanges");
            json.writeStartObject();
            writeArtifact(uri);
            json.writeArrayFieldStart("replacements");
            json.writeStartObject();
            json.writeFieldName("deletedRegion");
            writeRegion(doc, f, false);
            json.writeObjectFieldStart("insertedContent");
            json.writeStringField("text", s);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void end(CorpusSummary summary) throws IOException {
        json.writeEndArray();
        writeTool();
        writeInvocation();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void writeTool() throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "relecture");
        json.writeStringField("version", Version.get());
        json.writeArrayFieldStart("rules");
        for (Finding first : rules.values()) {
            json.writeStartObject();
            json.writeStringField("id", first.rule());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", first.message());
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(first.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("category", first.category().id());
            json.writeStringField("mqm", first.category().mqm());
            json.writeStringField("source", first.source());
            json.writeArrayFieldStart("tags");
            json.writeString(first.category().id());
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeInvocation() throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", failures.isEmpty());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (ScoredDocument failed : failures) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", failed.label() + ": " + failed.result().failure().reason());
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            writeArtifact(ArtifactUri.of(failed.label()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }
}
