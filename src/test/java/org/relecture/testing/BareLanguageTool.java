package org.relecture.testing;

import java.io.IOException;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool 6.8 as a user gets it without relecture: JLanguageTool French with its default
 * rules, {@code check(String)} (as the benchmark's baseline, {@code bench/BareLanguageTool.java}).
 * The baseline of the evaluations and of the README's "LanguageTool alone" column. One instance
 * for the whole test run, since each costs LanguageTool's start-up; calls are serialised, as
 * JLanguageTool is not thread-safe.
 */
public final class BareLanguageTool {
    private static JLanguageTool languageTool;

    private BareLanguageTool() {
    }

    public static synchronized List<RuleMatch> check(String text) throws IOException {
        return languageTool().check(text);
    }

    /** Every rule of LanguageTool's French, those off by default included. */
    public static synchronized List<Rule> allRules() {
        return languageTool().getAllRules();
    }

    private static JLanguageTool languageTool() {
        if (languageTool == null) {
            languageTool = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
        }
        return languageTool;
    }

    public static String version() {
        return JLanguageTool.VERSION;
    }
}
