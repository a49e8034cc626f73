package org.relecture.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link LayeringTest} fail when someone adds a back-edge: the main classes plus a
 * few test classes that each add one ({@code *BackEdge}, in the packages they break) violate
 * them, each rule naming its offender.
 */
class BackEdgeTest {
    private static JavaClasses withBackEdges;

    @BeforeAll
    static void importMainAndBackEdges() {
        withBackEdges = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains("BackEdge.class"))
                .importPackages("org.relecture");
    }

    private static void assertFailsOn(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(withBackEdges);
        assertTrue(result.hasViolation(), "no violation found");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(offender), offender + " is not named in:\n" + report);
    }

    @Test
    void anEarlyStageUsingALaterOneFails() {
        assertFailsOn(LayeringTest.layering(), "TextUsesFacadeBackEdge");
    }

    @Test
    void aPackageCycleFails() {
        assertFailsOn(LayeringTest.noCycles(), "RulesUseCheckBackEdge");
    }

    @Test
    void aShellThatBuildsTheEngineFails() {
        assertFailsOn(LayeringTest.shellsGoThroughTheFacade(), "CliUsesCheckerBackEdge");
    }
}
