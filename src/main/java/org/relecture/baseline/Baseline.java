package org.relecture.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relecture.Version;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.rules.files.ParseErrors;
import org.relecture.text.FileKind;

/**
 * Findings a project has accepted, so that a gate fails only on new ones (as Checkstyle, SpotBugs
 * and detekt baselines do). Each entry accepts one finding with the same {@link Fingerprint}; a
 * fingerprint listed twice accepts two. Immutable: a run uses it through {@link #start()}. Offsets are not kept, so edits elsewhere in a file do not
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

    /** Each fingerprint with the number of findings it accepts. */
    private final Map<Fingerprint, Integer> accepted;

    private Baseline(Map<Fingerprint, Integer> accepted) {
        this.accepted = Map.copyOf(accepted);
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    public static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new BaselineException(file + ": " + FileKind.of(file) + ", not a baseline file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such baseline file");
        } catch (CharacterCodingException e) {
            throw new BaselineException(file + ": not a relecture baseline: not valid UTF-8");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot be read: " + FileKind.reason(e));
        }
        Contents contents;
        try {
            contents = JSON.readValue(text, Contents.class);
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + ": not a relecture baseline: " + ParseErrors.describe(e, text));
        }
        if (contents == null || contents.findings() == null) {
            throw new BaselineException(file + ": not a relecture baseline: no 'findings' list");
        }
        if (contents.findings().contains(null)) {
            throw new BaselineException(file + ": not a relecture baseline: an empty entry in 'findings'");
        }
        Recorder recorder = new Recorder();
        contents.findings().forEach(recorder::add);
        return recorder.baseline();
    }

    /** How many findings it accepts. */
    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One run's use of this baseline, which uses each entry once. */
    public Acceptance start() {
        return new Acceptance(new HashMap<>(accepted));
    }

    /**
     * The findings of one run that a baseline accepts. Each entry is used once, so a known problem
     * that now occurs once more shows once. Not thread-safe: results come in one at a time.
     */
    public static final class Acceptance {
        private final Map<Fingerprint, Integer> left;

        private Acceptance(Map<Fingerprint, Integer> left) {
            this.left = left;
        }

        /** The result without the findings still accepted. */
        public DocumentResult withoutAccepted(DocumentResult result) {
            if (!result.ok() || left.isEmpty()) {
                return result;
            }
            List<Finding> kept = new ArrayList<>();
            for (Finding f : result.findings()) {
                Fingerprint print = Fingerprint.of(result.document(), f);
                Integer count = left.get(print);
                if (count == null) {
                    kept.add(f);
                } else if (count == 1) {
                    left.remove(print);
                } else {
                    left.put(print, count - 1);
                }
            }
            return kept.size() == result.findings().size() ? result
                    : new DocumentResult(result.label(), result.document(), kept, null);
        }
    }

    /** Builds a baseline from the findings of checked documents, keeping their fingerprints only. */
    public static final class Recorder {
        private final Map<Fingerprint, Integer> prints = new HashMap<>();

        public void record(DocumentResult result) {
            if (result.ok()) {
                result.findings().forEach(f -> add(Fingerprint.of(result.document(), f)));
            }
        }

        private void add(Fingerprint print) {
            prints.merge(print, 1, Integer::sum);
        }

        public Baseline baseline() {
            return new Baseline(prints);
        }
    }

    /** Writes the baseline, sorted so that it diffs well (the caller makes the file appear whole). */
    public void write(OutputStream out) throws IOException {
        List<Fingerprint> prints = new ArrayList<>();
        accepted.forEach((print, count) -> prints.addAll(Collections.nCopies(count, print)));
        prints.sort(Comparator.comparing(Fingerprint::path).thenComparing(Fingerprint::rule)
                .thenComparing(Fingerprint::text).thenComparing(Fingerprint::before).thenComparing(Fingerprint::after));
        JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new Contents("relecture", Version.get(), prints));
    }
}
