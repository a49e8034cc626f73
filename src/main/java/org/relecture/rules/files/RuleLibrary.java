package org.relecture.rules.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.relecture.findings.Category;
import org.relecture.rules.NameLists;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSource;

/**
 * Everything read from rules folders, once per run and shared by all workers: YAML rules
 * ({@code ID.yaml}), LanguageTool pattern-rule files ({@code *.xml}), the LanguageTool tuning
 * ({@code languagetool.yaml}) and the data lists Java detectors use ({@code data/NAME}).
 */
public final class RuleLibrary {
    public static final String TUNING_FILE = "languagetool.yaml";
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The folder of data lists inside a rules folder. */
    public static final String DATA = "data";
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d)");

    private final List<YamlRuleDetector> yamlRules;
    private final List<PatternRuleFile> patternFiles;
    private final LanguageToolTuning tuning;
    /** Every list of the folders' {@code data/}, by file name; the first folder that has a list wins. */
    private final Map<String, DataList> dataLists;
    /** Where a list no folder has would have been looked for first; null when a missing list is no error. */
    private final Path requiredData;
    /** A digest of every file under the folders, by its folder's place and its path there. */
    private final SortedMap<String, String> files;
    /** Expressions of YAML rules that may take exponential time, each with its file and line. */
    private final List<String> riskyPatterns;

    private RuleLibrary(List<YamlRuleDetector> yamlRules, List<PatternRuleFile> patternFiles, LanguageToolTuning tuning,
                        Map<String, DataList> dataLists, Path requiredData, SortedMap<String, String> files,
                        List<String> riskyPatterns) {
        this.yamlRules = List.copyOf(yamlRules);
        this.patternFiles = List.copyOf(patternFiles);
        this.tuning = tuning;
        this.dataLists = Map.copyOf(dataLists);
        this.requiredData = requiredData;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.riskyPatterns = List.copyOf(riskyPatterns);
    }

    /** No rule files at all: LanguageTool's rules and the built-in detectors without data. */
    public static RuleLibrary empty() {
        return new RuleLibrary(List.of(), List.of(), LanguageToolTuning.none(), Map.of(), null, new TreeMap<>(),
                List.of());
    }

    /** Reads the folders, every list a built-in detector asks for being required; see {@link #load(List, boolean)}. */
    public static RuleLibrary load(List<Path> folders) throws RuleLoadException {
        return load(folders, true);
    }

    /**
     * Reads every file of the folders, in order (a later folder's tuning overrides an earlier
     * one's), and every list of their {@code data/}, so that a broken file stops the run before
     * anything is checked.
     *
     * @param listsRequired whether a data list that a built-in detector asks for and no folder
     *                      has is an error (the project's own rules folder has them all); when
     *                      not, the detector goes without it
     */
    public static RuleLibrary load(List<Path> folders, boolean listsRequired) throws RuleLoadException {
        List<YamlRuleDetector> yamlRules = new ArrayList<>();
        List<PatternRuleFile> patterns = new ArrayList<>();
        LanguageToolTuning tuning = LanguageToolTuning.none();
        Map<String, Path> ids = new HashMap<>();
        Map<String, DataList> data = new HashMap<>();
        SortedMap<String, String> files = new TreeMap<>();
        List<String> risky = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            if (!Files.isDirectory(folder)) {
                throw new RuleLoadException(folder, "not a folder of rules");
            }
            for (Path file : list(folder)) {
                String name = file.getFileName().toString();
                if (name.equals(TUNING_FILE)) {
                    tuning = tuning.merge(readTuning(file));
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    YamlRuleDetector rule = readYamlRule(file, risky);
                    Path previous = ids.putIfAbsent(rule.info().id(), file);
                    if (previous != null) {
                        throw new RuleLoadException(file, "rule id " + rule.info().id() + " is already defined by " + previous);
                    }
                    yamlRules.add(rule);
                } else if (name.endsWith(".xml")) {
                    patterns.add(PatternRuleFile.read(file));
                }
            }
            Path dataFolder = folder.resolve(DATA);
            if (Files.isDirectory(dataFolder)) {
                for (Path file : list(dataFolder)) {
                    // hidden files are an editor's or a file manager's, not lists
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && !data.containsKey(name)) {
                        data.put(name, DataList.read(file));
                    }
                }
            }
            digestAll(i, folder, files);
        }
        Path required = listsRequired && !folders.isEmpty() ? folders.get(0).resolve(DATA) : null;
        return new RuleLibrary(yamlRules, patterns, tuning, data, required, files, risky);
    }

    /**
     * Digests every file under the folder, read by relecture or not (a file a later version reads
     * counts already), except hidden ones: an editor's swap files and a file manager's notes.
     */
    private static void digestAll(int place, Path folder, Map<String, String> files) throws RuleLoadException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(f -> !hidden(folder.relativize(f)) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RuleLoadException(folder, "cannot be listed: " + e.getMessage(), e);
        }
        for (Path file : all) {
            String name = place + "/" + folder.relativize(file).toString().replace('\\', '/');
            files.put(name, new ContentDigest().add(file).hex());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> list(Path folder) throws RuleLoadException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RuleLoadException(folder, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * A SHA-256 of each file under the folders (hidden ones aside), named by its folder's place
     * in the order read and its path in the folder ({@code 0/data/names-official.txt}): equal for
     * the same files in the same order, on any machine.
     */
    public SortedMap<String, String> files() {
        return files;
    }

    /**
     * The regular expressions of the YAML rules that may take exponential time on a line that
     * almost matches ({@link RegexRisk}), as {@code file:line: ID: 'expression' may take exponential
     * time: why}; each rule's time budget bounds the harm, and {@code rules --check} shows them.
     */
    public List<String> riskyPatterns() {
        return riskyPatterns;
    }

    public List<YamlRuleDetector> yamlRules() {
        return yamlRules;
    }

    public List<PatternRuleFile> patternFiles() {
        return patternFiles;
    }

    public LanguageToolTuning tuning() {
        return tuning;
    }

    /**
     * The entries of a data list ({@code data/NAME} in the first folder that has it), in order.
     *
     * @throws RuleLoadException when no folder has the list and lists are required
     */
    public List<String> dataList(String name) throws RuleLoadException {
        return data(name).entries();
    }

    /**
     * A data list's entries by section: a comment line {@code # --- Title ---} starts a section,
     * named by its title up to a bracket ({@code Newsletter boxes}); entries before the first
     * section are under "". Lists name their sections alike, so one kind of thing has one name.
     */
    public Map<String, List<String>> dataSections(String name) throws RuleLoadException {
        return data(name).sections();
    }

    /** The cue and particle lists that show names ({@link NameLists}). */
    public NameLists nameLists() throws RuleLoadException {
        return new NameLists(dataList(NameLists.CUES), dataList(NameLists.PARTICLES));
    }

    /** A data list of regular expressions, compiled; a bad one is named with its file and line. */
    public List<Pattern> dataPatterns(String name, int flags) throws RuleLoadException {
        return data(name).patterns(flags);
    }

    private DataList data(String name) throws RuleLoadException {
        DataList list = dataLists.get(name);
        if (list != null) {
            return list;
        }
        if (requiredData != null) {
            throw new RuleLoadException(requiredData.resolve(name), "missing: a built-in rule reads this list");
        }
        return DataList.EMPTY;
    }

    private static LanguageToolTuning readTuning(Path file) throws RuleLoadException {
        TuningSpec spec = YamlFiles.parse(file, TuningSpec.class);
        Map<String, Category> categories = new HashMap<>();
        if (spec.category() != null) {
            for (Map.Entry<String, TuningSpec.Recategorize> e : spec.category().entrySet()) {
                categories.put(e.getKey(), FileValues.category(file, e.getValue().category()));
            }
        }
        return new LanguageToolTuning(orEmpty(spec.disable()), orEmpty(spec.picky()), categories);
    }

    private static YamlRuleDetector readYamlRule(Path file, List<String> risky) throws RuleLoadException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        if (!RULE_ID.matcher(id).matches()) {
            throw new RuleLoadException(file, "the file name is the rule id and must be upper case letters, digits and _");
        }
        YamlRuleSpec spec = YamlFiles.parse(file, YamlRuleSpec.class);
        YamlKind kind = FileValues.kind(file, spec.kind());
        RuleInfo info = new RuleInfo(id, FileValues.category(file, spec.category()),
                FileValues.severity(file, spec.severity()), RuleSource.of(file), FileValues.level(file, spec.level()),
                spec.description(), examples(file, spec.examples()));
        if (FileValues.safeFix(file, "fix", spec.fix())) {
            info = info.withSafeFix();
        }
        boolean ignoreCase = Boolean.TRUE.equals(spec.ignorecase());
        warnRisky(file, id, spec, risky);
        return switch (kind) {
            case EXISTENCE -> {
                List<String> tokens = require(file, "tokens", spec.tokens());
                for (String token : tokens) {
                    checkPattern(file, token, null);
                }
                yield new ExistenceDetector(info, spec.message(), ignoreCase, tokens);
            }
            case SUBSTITUTION -> {
                Map<String, String> swap = require(file, "swap", spec.swap());
                for (Map.Entry<String, String> entry : swap.entrySet()) {
                    checkPattern(file, entry.getKey(), entry.getValue());
                }
                yield new SubstitutionDetector(info, spec.message(), ignoreCase, swap);
            }
            case CONSISTENCY -> new ConsistencyDetector(info, spec.message(), ignoreCase,
                    require(file, "either", spec.either()));
        };
    }

    private static void warnRisky(Path file, String id, YamlRuleSpec spec, List<String> risky) throws RuleLoadException {
        List<String> patterns = new ArrayList<>();
        if (spec.tokens() != null) {
            patterns.addAll(spec.tokens());
        }
        if (spec.swap() != null) {
            patterns.addAll(spec.swap().keySet());
        }
        if (spec.either() != null) {
            spec.either().forEach(patterns::addAll);
        }
        String text = null;
        for (String pattern : patterns) {
            java.util.Optional<String> why = RegexRisk.of(pattern);
            if (why.isEmpty()) {
                continue;
            }
            if (text == null) {
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new RuleLoadException(file, "cannot be read: " + e.getMessage(), e);
                }
            }
            // as written in the file: plain, or in a double-quoted YAML string with its backslashes doubled
            int line = YamlFiles.lineOfKey(text, pattern);
            if (line == 0) {
                line = YamlFiles.lineOfKey(text, pattern.replace("\\", "\\\\"));
            }
            risky.add(file + (line > 0 ? ":" + line : "") + ": " + id + ": '" + pattern + "' may take exponential time: "
                    + why.get());
        }
    }

    private static List<RuleExample> examples(Path file, List<YamlRuleSpec.ExampleSpec> specs) throws RuleLoadException {
        List<RuleExample> examples = new ArrayList<>();
        for (YamlRuleSpec.ExampleSpec spec : specs) {
            try {
                if (spec.wrong() != null) {
                    examples.add(spec.correction() == null
                            ? RuleExample.wrong(spec.wrong())
                            : RuleExample.wrong(spec.wrong(), spec.correction()));
                } else if (spec.correct() != null) {
                    examples.add(RuleExample.correct(spec.correct()));
                } else {
                    throw new RuleLoadException(file, "an example needs 'wrong' or 'correct'");
                }
            } catch (IllegalArgumentException e) {
                throw new RuleLoadException(file, e.getMessage());
            }
        }
        return examples;
    }

    private static void checkPattern(Path file, String regex, String replacement) throws RuleLoadException {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new RuleLoadException(file, "bad regular expression '" + regex + "': " + e.getDescription());
        }
        if (replacement == null) {
            return;
        }
        Matcher ref = GROUP_REFERENCE.matcher(replacement);
        int groups = pattern.matcher("").groupCount();
        while (ref.find()) {
            if (Integer.parseInt(ref.group(1)) > groups) {
                throw new RuleLoadException(file, "the replacement '" + replacement + "' refers to group "
                        + ref.group(1) + " but '" + regex + "' has " + groups);
            }
        }
    }

    private static <T> T require(Path file, String key, T value) throws RuleLoadException {
        if (value == null) {
            throw new RuleLoadException(file, "this kind of rule needs '" + key + "'");
        }
        return value;
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
