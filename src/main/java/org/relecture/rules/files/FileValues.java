package org.relecture.rules.files;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.RuleLoadException;

/** Reads the enumerated values rule files use, with errors that name the file and the choices. */
final class FileValues {
    private FileValues() {
    }

    static Severity severity(Path file, String value) throws RuleLoadException {
        return parse(file, "severity", value, Severity.class);
    }

    static Category category(Path file, String value) throws RuleLoadException {
        return parse(file, "category", value, Category.class);
    }

    static Level level(Path file, String value) throws RuleLoadException {
        return value == null ? Level.DEFAULT : parse(file, "level", value, Level.class);
    }

    static PhraseKind kind(Path file, String value) throws RuleLoadException {
        return parse(file, "kind", value, PhraseKind.class);
    }

    private static <E extends Enum<E>> E parse(Path file, String key, String value, Class<E> type)
            throws RuleLoadException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new RuleLoadException(file, key + ": '" + value + "' is not one of " + choices);
        }
    }
}
