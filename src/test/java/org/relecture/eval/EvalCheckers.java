package org.relecture.eval;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.rules.RuleMatch;
import org.relecture.check.Checker;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolMapping;
import org.relecture.testing.BareLanguageTool;
import org.relecture.testing.TestDocuments;

/**
 * The two checkers the evaluations compare, each as a user gets it: bare LanguageTool 6.8
 * ({@link BareLanguageTool}) and relecture's {@link Checker} with default options and the project's rule folder.
 * LanguageTool's matches are put in relecture's categories by {@link LanguageToolMapping}, so
 * both sides are counted the same way. Not thread-safe.
 */
final class EvalCheckers {
    enum Tool { LANGUAGETOOL, RELECTURE }

    /** A finding of either tool: rule id, relecture category, UTF-16 offsets. */
    record Hit(String rule, Category category, int start, int end) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }

        /** The families an injected grammar error can be reported under. */
        boolean grammarOrSpelling() {
            return category == Category.GRAMMAR || category == Category.SPELLING;
        }
    }

    private final Checker relecture;

    EvalCheckers() throws Exception {
        relecture = Checker.create(CheckOptions.defaults(), RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
    }

    List<Hit> check(Tool tool, String id, String text) throws Exception {
        List<Hit> hits = new ArrayList<>();
        if (tool == Tool.LANGUAGETOOL) {
            for (RuleMatch m : BareLanguageTool.check(text)) {
                hits.add(new Hit(m.getRule().getId(), LanguageToolMapping.category(m.getRule()), m.getFromPos(), m.getToPos()));
            }
        } else {
            for (Finding f : relecture.check(TestDocuments.read(id + ".txt", text))) {
                hits.add(new Hit(f.rule(), f.category(), f.start(), f.end()));
            }
        }
        return hits;
    }
}
