package org.relecture.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.reports.Version;

/**
 * Findings a project has accepted, so that a gate fails only on new ones (as Checkstyle, SpotBugs
 * and detekt baselines do). Each entry accepts one finding with the same {@link Fingerprint}; a
 * fingerprint listed twice accepts two. Offsets are not kept, so edits elsewhere in a file do not
 * turn its accepted findings into new ones.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The file as written. */
    record Contents(String tool, String version, List<Fingerprint> findings) {
    }

    private final Map<Fingerprint, Integer> accepted;

    private Baseline(Map<Fingerprint, Integer> accepted) {
        this.accepted = accepted;
    }

    public static Baseline empty() {
        return new Baseline(new HashMap<>());
    }

    public static Baseline read(Path file) throws BaselineException {
        Contents contents;
        try {
            contents = JSON.readValue(file.toFile(), Contents.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BaselineException(file + ": no such baseline file");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new BaselineException(file + ": " + where + "not a relecture baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot be read: " + e.getMessage());
        }
        Map<Fingerprint, Integer> accepted = new HashMap<>();
        if (contents == null || contents.findings() == null) {
            throw new BaselineException(file + ": not a relecture baseline: no 'findings' list");
        }
        for (Fingerprint f : contents.findings()) {
            accepted.merge(f, 1, Integer::sum);
        }
        return new Baseline(accepted);
    }

    /**
     * The result without the findings this baseline accepts; each entry is used once, so a known
     * problem that now occurs once more shows once. Not thread-safe: results come in one at a time.
     */
    public DocumentResult withoutAccepted(DocumentResult result) {
        if (!result.ok() || accepted.isEmpty()) {
            return result;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : result.findings()) {
            Fingerprint print = Fingerprint.of(result.document(), f);
            Integer left = accepted.get(print);
            if (left == null) {
                kept.add(f);
            } else if (left == 1) {
                accepted.remove(print);
            } else {
                accepted.put(print, left - 1);
            }
        }
        return kept.size() == result.findings().size() ? result
                : new DocumentResult(result.label(), result.document(), kept, null);
    }

    /** Writes the findings of these results as a baseline (the caller makes the file appear whole). */
    public static void write(OutputStream out, List<DocumentResult> results) throws IOException {
        List<Fingerprint> prints = new ArrayList<>();
        for (DocumentResult r : results) {
            if (r.ok()) {
                r.findings().forEach(f -> prints.add(Fingerprint.of(r.document(), f)));
            }
        }
        prints.sort(Comparator.comparing(Fingerprint::path).thenComparing(Fingerprint::rule)
                .thenComparing(Fingerprint::text).thenComparing(Fingerprint::before).thenComparing(Fingerprint::after));
        JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new Contents("relecture", Version.get(), prints));
    }
}
