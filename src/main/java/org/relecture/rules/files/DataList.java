package org.relecture.rules.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.relecture.rules.RuleLoadException;

/**
 * One list of a rules folder's {@code data/}: an entry a line, blank lines and {@code #} comments
 * left out. A comment line {@code # --- Title ---} starts a section, named by its title up to a
 * bracket ({@code Newsletter boxes}); entries before the first section are under "". Each entry
 * keeps its line, so a bad one is named where it is.
 */
final class DataList {
    private static final Pattern SECTION = Pattern.compile("#\\s*---\\s*([^(]+?)\\s*(?:\\(.*\\))?\\s*---\\s*");

    private record Entry(String text, int line, String section) {
    }

    /** What a detector gets for a list no folder has, when lists are not required. */
    static final DataList EMPTY = new DataList(null, List.of());

    private final Path file;
    private final List<Entry> entries;

    private DataList(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    static DataList read(Path file) throws RuleLoadException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new RuleLoadException(file, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new RuleLoadException(file, "cannot be read: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                section = header.group(1).strip();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(new Entry(line, i + 1, section));
            }
        }
        return new DataList(file, entries);
    }

    List<String> entries() {
        return entries.stream().map(Entry::text).toList();
    }

    Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Entry entry : entries) {
            sections.computeIfAbsent(entry.section(), k -> new ArrayList<>()).add(entry.text());
        }
        return Collections.unmodifiableMap(sections);
    }

    /** Every entry as a regular expression; a bad one is named with its line. */
    List<Pattern> patterns(int flags) throws RuleLoadException {
        List<Pattern> patterns = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            try {
                patterns.add(Pattern.compile(entry.text(), flags));
            } catch (PatternSyntaxException e) {
                throw new RuleLoadException(file, "line " + entry.line() + ": bad regular expression '"
                        + entry.text() + "': " + e.getDescription());
            }
        }
        return patterns;
    }
}
