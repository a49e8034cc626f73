package org.relecture.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relecture.Version;
import org.relecture.findings.Finding;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.LineColumn;

/**
 * DESIGN.md's JSON contract, streamed: {@code tool}, {@code documents[]} with their scores (raw and
 * calibrated) and findings, then {@code errors[]} for inputs that could not be checked and a
 * {@code summary} (with the corpus judged as one sample).
 */
final class JsonRenderer implements Renderer {
    private final JsonGenerator json;
    private final List<ScoredDocument> failures = new ArrayList<>();

    JsonRenderer(OutputStream out) {
        this.json = JsonStreams.generator(out);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "relecture");
        json.writeStringField("version", Version.get());
        json.writeEndObject();
        json.writeArrayFieldStart("documents");
    }

    @Override
    public void document(ScoredDocument scored) throws IOException {
        if (!scored.ok()) {
            failures.add(scored);
            return;
        }
        Document doc = scored.document();
        DocumentScore score = scored.score();
        json.writeStartObject();
        json.writeStringField("path", doc.path());
        json.writeNumberField("words", doc.words());
        json.writeNumberField("score", Numbers.round1(score.score()));
        json.writeNumberField("penaltyPer1000", Numbers.round1(score.penaltyPer1000()));
        json.writeNumberField("penalty", Numbers.round1(score.penalty()));
        QualityJson.write(json, score.quality());
        json.writeArrayFieldStart("findings");
        for (Finding f : scored.findings()) {
            writeFinding(doc, f);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private void writeFinding(Document doc, Finding f) throws IOException {
        LineColumn from = doc.lines().position(f.start());
        LineColumn to = doc.lines().position(f.end());
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("category", f.category().id());
        json.writeStringField("severity", f.severity().id());
        json.writeNumberField("start", f.start());
        json.writeNumberField("end", f.end());
        json.writeNumberField("line", from.line());
        json.writeNumberField("column", from.column());
        json.writeNumberField("endLine", to.line());
        json.writeNumberField("endColumn", to.column());
        json.writeStringField("text", doc.slice(f.start(), f.end()));
        json.writeStringField("message", f.message());
        json.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            json.writeString(s);
        }
        json.writeEndArray();
        json.writeStringField("source", f.source());
        if (!f.attributes().isEmpty()) {
            json.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : new TreeMap<>(f.attributes()).entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    @Override
    public void end(CorpusSummary summary) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        for (ScoredDocument r : failures) {
            json.writeStartObject();
            json.writeStringField("path", r.label());
            json.writeStringField("kind", r.result().failure().kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("message", r.result().failure().reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("words", summary.words());
        json.writeNumberField("findings", summary.findings());
        json.writeNumberField("errors", failures.size());
        if (summary.documents() > 0) {
            json.writeNumberField("meanScore", Numbers.round1(summary.meanScore()));
            json.writeNumberField("medianScore", Numbers.round1(summary.medianScore()));
            json.writeNumberField("minScore", Numbers.round1(summary.minScore()));
        }
        QualityJson.corpus(json, summary);
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
