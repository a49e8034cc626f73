package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    private final List<Pattern> strong;
    private final List<Pattern> weak;
    private final List<Pattern> meta;

    private Boilerplate(List<Pattern> strong, List<Pattern> weak, List<Pattern> meta) {
        this.strong = strong;
        this.weak = weak;
        this.meta = meta;
    }

    static Boilerplate load(RuleLibrary library) {
        List<Pattern> strong = new ArrayList<>();
        for (String file : STRONG_FILES) {
            strong.addAll(Texts.compile(file, library.dataList(file)));
        }
        return new Boilerplate(strong, Texts.compile(WEAK_FILE, library.dataList(WEAK_FILE)),
                Texts.compile(META_FILE, library.dataList(META_FILE)));
    }

    /** How much a sentence (one piece of a line, see {@link Texts#chunks}) looks like boilerplate. */
    Strength of(String sentence) {
        String s = Texts.normalize(sentence);
        if (s.isEmpty()) {
            return Strength.NONE;
        }
        if (Texts.anyFinds(strong, s)) {
            return Strength.STRONG;
        }
        if (Texts.anyFinds(weak, s)) {
            return Strength.WEAK;
        }
        return Texts.anyFinds(meta, s) ? Strength.META : Strength.NONE;
    }
}
