package org.relecture.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence spans from OpenNLP's French model. A line break always ends a sentence: in news text a
 * line is a paragraph, a headline or a caption, and none of them runs on into the next line.
 * Thread-safe: the model is shared, the detector (which is not thread-safe) is per thread.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Model.SHARED));

    /** The model, read when a first sentence is looked for: a run whose findings are all known needs none. */
    private static final class Model {
        static final SentenceModel SHARED = loadModel();
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP French sentence model " + MODEL
                        + " is not on the classpath (artifact opennlp-models-sentdetect-fr)");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP sentence model", e);
        }
    }

    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span s : detector.get().sentPosDetect(line)) {
            out.add(new Span(from + s.getStart(), from + s.getEnd()));
        }
    }
}
