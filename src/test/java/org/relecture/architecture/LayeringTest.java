package org.relecture.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.check.DocumentResult;

/**
 * The package layering of DESIGN.md, enforced: each stage uses only the stages before it, no two
 * packages depend on each other, and the command line and the server are shells over the library
 * facade. A back-edge added anywhere fails here ({@link BackEdgeTest} shows each rule failing).
 */
class LayeringTest {
    /** Lowest first: a package may use those listed before it, never one after it. */
    static final List<Layer> LAYERS = List.of(
            new Layer("Tool", "org.relecture"),
            new Layer("Text", "org.relecture.text.."),
            new Layer("Findings", "org.relecture.findings.."),
            new Layer("RuleModel", "org.relecture.rules"),
            new Layer("RuleFiles", "org.relecture.rules.files.."),
            new Layer("Detectors", "org.relecture.rules.debris..", "org.relecture.rules.spacing..",
                    "org.relecture.rules.typography..", "org.relecture.rules.names..",
                    "org.relecture.rules.untranslated..", "org.relecture.rules.languagetool..",
                    "org.relecture.rules.technical.."),
            new Layer("Check", "org.relecture.check.."),
            new Layer("Cache", "org.relecture.cache.."),
            new Layer("Scoring", "org.relecture.scoring.."),
            new Layer("Config", "org.relecture.config.."),
            new Layer("Baseline", "org.relecture.baseline.."),
            new Layer("Fix", "org.relecture.fix.."),
            new Layer("Reports", "org.relecture.reports.."),
            new Layer("Api", "org.relecture.api.."),
            new Layer("Spark", "org.relecture.spark.."),
            new Layer("Server", "org.relecture.server.."),
            new Layer("Daemon", "org.relecture.daemon.."),
            new Layer("Cli", "org.relecture.cli.."));

    record Layer(String name, String... packages) {
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.relecture");
    }

    /** Every layer may be used only by the layers above it. */
    static Architectures.LayeredArchitecture layering() {
        Architectures.LayeredArchitecture layered = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : LAYERS) {
            layered = layered.layer(layer.name()).definedBy(layer.packages());
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(Layer::name).toArray(String[]::new);
            layered = layered.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        return layered.whereLayer(LAYERS.get(LAYERS.size() - 1).name()).mayNotBeAccessedByAnyLayer();
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layering().check(classes);
    }

    @Test
    void noPackageCycles() {
        noCycles().check(classes);
    }

    @Test
    void everyPackageIsInALayer() {
        noClasses().should().resideOutsideOfPackages(LAYERS.stream().flatMap(l -> List.of(l.packages()).stream())
                .toArray(String[]::new)).check(classes);
    }

    /**
     * The command line and the server reach the checking engine through the facade: they build
     * no checker, corpus runner, rule library or detector of their own.
     */
    @Test
    void theShellsGoThroughTheFacade() {
        shellsGoThroughTheFacade().check(classes);
    }

    /** A document's result is a value the shells may read; the engine that makes it is the facade's. */
    static ArchRule shellsGoThroughTheFacade() {
        return noClasses().that().resideInAnyPackage("org.relecture.cli..", "org.relecture.server..",
                        "org.relecture.spark..")
                .should().dependOnClassesThat(resideInAnyPackage("org.relecture.check..", "org.relecture.rules.files..",
                        "org.relecture.rules.debris..", "org.relecture.rules.spacing..", "org.relecture.rules.typography..",
                        "org.relecture.rules.names..", "org.relecture.rules.untranslated..",
                        "org.relecture.rules.languagetool..", "org.relecture.rules.technical..").and(not(belongToAnyOf(DocumentResult.class))))
                .because("cli, server and the Spark job are thin shells over org.relecture.api");
    }

    static ArchRule noCycles() {
        return slices().matching("org.relecture.(**)").should().beFreeOfCycles();
    }
}
