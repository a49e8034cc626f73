package org.relecture.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.scoring.Band;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.LineColumn;

/**
 * DESIGN.md's ranking contract: {@code ranking[]} best first (rank, path, score, words, findings,
 * byCategory, plus penaltyPer1000, the calibrated score, band and verdict, and the worst findings),
 * then the corpus {@code summary} with its documents per band.
 */
final class RankingJson implements RankingWriter {
    private final OutputStream out;

    RankingJson(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(List<Ranking.Place> places, CorpusSummary summary) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeArrayFieldStart("ranking");
            for (Ranking.Place place : places) {
                writePlace(json, place);
            }
            json.writeEndArray();
            writeSummary(json, summary);
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static void writePlace(JsonGenerator json, Ranking.Place place) throws IOException {
        ScoredDocument doc = place.document();
        json.writeStartObject();
        json.writeNumberField("rank", place.rank());
        json.writeStringField("path", doc.label());
        json.writeNumberField("score", Numbers.round1(doc.score().score()));
        json.writeNumberField("penaltyPer1000", Numbers.round1(doc.score().penaltyPer1000()));
        QualityJson.write(json, doc.score().quality());
        json.writeNumberField("words", doc.document().words());
        json.writeNumberField("findings", doc.findings().size());
        json.writeObjectFieldStart("byCategory");
        for (Map.Entry<Category, Integer> e : place.byCategory().entrySet()) {
            json.writeNumberField(e.getKey().id(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("worst");
        for (Ranking.Cost cost : place.worst()) {
            writeCost(json, doc.document(), cost);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCost(JsonGenerator json, Document doc, Ranking.Cost cost) throws IOException {
        Finding f = cost.finding();
        LineColumn at = doc.lines().position(f.start());
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("category", f.category().id());
        json.writeStringField("severity", f.severity().id());
        json.writeNumberField("penalty", Numbers.round1(cost.penalty()));
        json.writeNumberField("line", at.line());
        json.writeNumberField("column", at.column());
        json.writeStringField("text", doc.slice(f.start(), f.end()));
        json.writeStringField("message", f.message());
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, CorpusSummary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("count", summary.documents());
        json.writeNumberField("words", summary.words());
        json.writeNumberField("findings", summary.findings());
        json.writeNumberField("errors", summary.inputFailures() + summary.internalFailures());
        if (summary.documents() > 0) {
            json.writeNumberField("mean", Numbers.round1(summary.meanScore()));
            json.writeNumberField("median", Numbers.round1(summary.medianScore()));
            json.writeNumberField("min", Numbers.round1(summary.minScore()));
            json.writeNumberField("max", Numbers.round1(summary.maxScore()));
        }
        QualityJson.corpus(json, summary);
        json.writeArrayFieldStart("distribution");
        int[] bands = summary.distribution();
        for (Band band : Band.values()) {
            json.writeStartObject();
            json.writeStringField("band", band.id());
            json.writeNumberField("from", band.from());
            json.writeNumberField("to", band.to());
            json.writeNumberField("documents", bands[band.ordinal()]);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
