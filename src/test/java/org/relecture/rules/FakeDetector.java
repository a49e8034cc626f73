package org.relecture.rules;

import java.util.List;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureException;
import org.relecture.check.Checker;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.text.Document;

/** A detector made of a lambda, for tests of what runs detectors. Its one rule is {@code FAKE}. */
public final class FakeDetector implements Detector {
    public static final String RULE = "FAKE";

    @FunctionalInterface
    public interface Body {
        List<Finding> check(Document document) throws Exception;
    }

    private final Body body;

    private FakeDetector(Body body) {
        this.body = body;
    }

    public static FakeDetector of(Body body) {
        return new FakeDetector(body);
    }

    public static Checker checker(Body body) {
        return new Checker(List.of(new FakeDetector(body)), CheckOptions.defaults());
    }

    /** relecture with this detector alone (no rules folder, relecture's own rules off, no LanguageTool). */
    public static Relecture relecture(Body body) throws RelectureException {
        return Relecture.builder().withoutRulesHome().enableOnly(List.of(RULE)).workers(1)
                .addDetector(() -> new FakeDetector(body)).build();
    }

    public static Finding finding(int start, int end) {
        return new Finding(RULE, Category.STYLE, Severity.NEUTRAL, start, end, "fake", List.of(), "test");
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(RuleInfo.builtin(RULE, Category.STYLE, Severity.NEUTRAL, "a test detector"));
    }

    @Override
    public List<Finding> check(Document document) throws Exception {
        return body.check(document);
    }
}
