package org.relecture.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Quality;

/** The calibrated judgement in the JSON reports, the same in {@code check}'s and {@code rank}'s. */
final class QualityJson {
    private QualityJson() {
    }

    /** {@code calibratedScore}, {@code band}, {@code verdict}: of a document, or of the corpus. */
    static void write(JsonGenerator json, Quality quality) throws IOException {
        json.writeNumberField("calibratedScore", Numbers.round1(quality.score()));
        json.writeStringField("band", quality.band().id());
        json.writeStringField("verdict", quality.verdict().id());
    }

    /**
     * The corpus's penalty per 1,000 words, the corpus judged as one sample (calibrated score, band
     * and verdict), the tolerance, and how many documents pass; nothing when no document was checked.
     */
    static void corpus(JsonGenerator json, CorpusSummary summary) throws IOException {
        if (summary.documents() == 0) {
            return;
        }
        Quality corpus = summary.quality();
        json.writeNumberField("penaltyPer1000", Numbers.round1(summary.penaltyPer1000()));
        write(json, corpus);
        json.writeNumberField("tolerance", corpus.tolerance());
        json.writeNumberField("passing", summary.passing());
    }
}
