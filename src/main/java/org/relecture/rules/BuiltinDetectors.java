package org.relecture.rules;

import java.util.List;
import org.relecture.rules.files.RuleLibrary;

/** The detectors compiled into relecture, each given the data lists it reads from the rules folders. */
final class BuiltinDetectors {
    private BuiltinDetectors() {
    }

    static List<Detector> create(RuleLibrary library) {
        return List.of(
                new org.relecture.rules.names.NameVariantsDetector(),
                new org.relecture.rules.names.OfficialNameTruncatedDetector(library));
    }
}
