package org.relecture.rules;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's {@code rules/} folder, which is read at run time so that rules change
 * without a rebuild. The launcher passes {@code -Drelecture.home}; otherwise the folder is looked
 * for beside the directory holding the jar or the classes ({@code target/..}).
 */
public final class RulesHome {
    public static final String PROPERTY = "relecture.home";

    private RulesHome() {
    }

    /** Where the folder should be, whether or not it is there; empty when the code's location is unknown. */
    public static Optional<Path> expected() {
        String home = System.getProperty(PROPERTY);
        if (home != null) {
            return Optional.of(Path.of(home, "rules"));
        }
        try {
            Path code = Path.of(RulesHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/relecture.jar or target/classes: the project is two levels up.
            Path project = code.getParent() == null ? null : code.getParent().getParent();
            return Optional.ofNullable(project).map(p -> p.resolve("rules"));
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The folder, when it is there. */
    public static Optional<Path> locate() {
        return expected().filter(Files::isDirectory);
    }
}
