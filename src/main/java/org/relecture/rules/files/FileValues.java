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
public final class FileValues {
    private FileValues() {
    }

    static Severity severity(Path file, String value) throws RuleLoadException {
        return choice(file, "severity", value, Severity.class);
    }

    static Category category(Path file, String value) throws RuleLoadException {
        return choice(file, "category", value, Category.class);
    }

    static Level level(Path file, String value) throws RuleLoadException {
        return value == null ? Level.DEFAULT : choice(file, "level", value, Level.class);
    }

    /**
     * A rule's {@code fix}: {@code safe} (its first suggestion may be applied without a human) or
     * {@code review}, the default.
     */
    static boolean safeFix(Path file, String where, String value) throws RuleLoadException {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "safe" -> true;
            case "review" -> false;
            default -> throw new RuleLoadException(file, where + ": '" + value + "' is not one of safe, review");
        };
    }

    static YamlKind kind(Path file, String value) throws RuleLoadException {
        return choice(file, "kind", value, YamlKind.class);
    }

    /**
     * One of an enumeration's constants, by its name in any case.
     *
     * @param where what the error names before the value: the key, and the line where known
     */
    public static <E extends Enum<E>> E choice(Path file, String where, String value, Class<E> type)
            throws RuleLoadException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new RuleLoadException(file, where + ": '" + value + "' is not one of " + choices);
        }
    }
}
