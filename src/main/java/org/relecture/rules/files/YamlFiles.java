package org.relecture.rules.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.rules.RuleLoadException;
import org.relecture.text.FileKind;

/**
 * Reads the YAML files users write (rule files, the LanguageTool tuning, {@code relecture.yaml})
 * into records, with unknown keys as errors and every error naming the file and the line.
 */
public final class YamlFiles {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private YamlFiles() {
    }

    public static String text(Path file) throws RuleLoadException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new RuleLoadException(file, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new RuleLoadException(file, "cannot be read: " + FileKind.reason(e), e);
        }
    }

    public static <T> T parse(Path file, Class<T> type) throws RuleLoadException {
        return parse(file, text(file), type);
    }

    /** @param text the file's content, already read */
    public static <T> T parse(Path file, String text, Class<T> type) throws RuleLoadException {
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new RuleLoadException(file, "empty file");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new RuleLoadException(file, ParseErrors.describe(e, text), e);
        }
    }

    /** The line of the first {@code key:} (or list item {@code - key}) in the text, or 0 when it is not there. */
    public static int lineOfKey(String text, String key) {
        return lineOfKey(text, null, key);
    }

    /**
     * The line of the first {@code key:} after the top-level {@code section:} (the first in the
     * text when {@code section} is null or absent), or 0 when it is not there.
     */
    public static int lineOfKey(String text, String section, String key) {
        int from = 0;
        if (section != null) {
            Matcher s = keyPattern(section).matcher(text);
            from = s.find() ? s.start() : 0;
        }
        Matcher m = keyPattern(key).matcher(text);
        return m.find(from) ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }

    private static Pattern keyPattern(String key) {
        return Pattern.compile("(?m)^[\\s-]*[\"']?" + Pattern.quote(key) + "[\"']?\\s*(?::|$)");
    }
}
