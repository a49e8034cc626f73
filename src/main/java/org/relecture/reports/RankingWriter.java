package org.relecture.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Ranking;

/** Writes {@code relecture rank}'s report: the places best first, then the corpus summary. */
public interface RankingWriter {
    void write(List<Ranking.Place> places, CorpusSummary summary) throws IOException;

    /** The ranking in a report format; only text and JSON have one. */
    static RankingWriter of(Format format, OutputStream out) {
        return switch (format) {
            case JSON -> new RankingJson(out);
            case TEXT -> new RankingText(out);
        };
    }
}
