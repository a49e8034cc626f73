package org.relecture.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Ranking;

/** Writes {@code relecture rank}'s report: the places best first, then the corpus summary. */
public interface RankingWriter {
    void write(List<Ranking.Place> places, CorpusSummary summary) throws IOException;

    /**
     * The ranking in a report format; only text and JSON have a form of their own (the other
     * formats report the documents in ranking order).
     */
    static Optional<RankingWriter> of(Format format, OutputStream out) {
        return switch (format) {
            case JSON -> Optional.of(new RankingJson(out));
            case TEXT -> Optional.of(new RankingText(out));
            default -> Optional.empty();
        };
    }
}
