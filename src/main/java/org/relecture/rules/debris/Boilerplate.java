package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * The phrases of web pages that are not the article: newsletter boxes, comment forms, share
 * bars, cookie banners, teaser headers, widget messages. Read from the data lists so users can
 * extend them. A strong phrase is debris on its own; a weak one next to other debris or to
 * another weak one; a meta line (date, byline, credit) only next to other debris.
 */
final class Boilerplate {
    static final List<String> STRONG_FILES = List.of("web-boilerplate-fr.txt", "web-boilerplate-en.txt");
    static final String WEAK_FILE = "web-boilerplate-weak.txt";
    static final String META_FILE = "web-boilerplate-meta.txt";

    /** From the weakest: a meta line (date, byline) only joins debris, a weak line also pairs with another. */
    enum Strength { NONE, META, WEAK, STRONG }

    private final PatternSet strong;
    private final PatternSet weak;
    private final PatternSet meta;
    /** The strong phrases by the section of the lists they are in: what kind of box they belong to. */
    private final Map<String, PatternSet> kinds;

    private Boilerplate(PatternSet strong, PatternSet weak, PatternSet meta, Map<String, PatternSet> kinds) {
        this.strong = strong;
        this.weak = weak;
        this.meta = meta;
        this.kinds = kinds;
    }

    /** One instance per detector, hence per worker thread: {@link #of} keeps a cache. */
    static Boilerplate load(RuleLibrary library) throws RuleLoadException {
        List<PatternSet> strong = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String file : STRONG_FILES) {
            strong.add(PatternSet.of(library, file));
            library.dataSections(file).forEach((kind, entries) ->
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(entries));
        }
        Map<String, PatternSet> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, entries) -> kinds.put(kind, PatternSet.joined(entries)));
        return new Boilerplate(PatternSet.of(strong), PatternSet.of(library, WEAK_FILE), PatternSet.of(library, META_FILE),
                kinds);
    }

    /**
     * Sentences already weighed in the current document: a line is classified, then its edges are
     * asked again for glued boilerplate. Instances are per worker, so no synchronisation.
     */
    private final Map<String, Strength> seen = new HashMap<>();

    /** Forgets the sentences of the previous document, so memory does not grow with a corpus. */
    void newDocument() {
        seen.clear();
    }

    /** How much a sentence (one piece of a line, see {@link Texts#chunks}) looks like boilerplate. */
    Strength of(String sentence) {
        return seen.computeIfAbsent(sentence, this::weigh);
    }

    /**
     * The kinds of box (newsletter, comment form, widget message, ...: the sections of the strong
     * lists) whose phrases a line holds. Asked only of debris lines, so not cached.
     */
    Set<String> kinds(String line) {
        Set<String> found = new LinkedHashSet<>();
        for (int[] chunk : Texts.chunks(line)) {
            String s = Texts.normalize(line.substring(chunk[0], chunk[1]));
            kinds.forEach((kind, patterns) -> {
                if (patterns.findsIn(s)) {
                    found.add(kind);
                }
            });
        }
        return found;
    }

    private Strength weigh(String sentence) {
        String s = Texts.normalize(sentence);
        if (s.isEmpty()) {
            return Strength.NONE;
        }
        if (strong.findsIn(s)) {
            return Strength.STRONG;
        }
        if (weak.findsIn(s)) {
            return Strength.WEAK;
        }
        return meta.findsIn(s) ? Strength.META : Strength.NONE;
    }
}
