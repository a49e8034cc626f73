package org.relecture.check;

import java.util.ArrayList;
import java.util.List;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.debris.DebrisDetector;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.names.NameVariantsDetector;
import org.relecture.rules.names.OfficialNameTruncatedDetector;
import org.relecture.rules.spacing.GluedWordsDetector;
import org.relecture.rules.spacing.MissingSpaceDetector;
import org.relecture.rules.typography.TypographyDetector;
import org.relecture.rules.untranslated.UntranslatedDetector;

/** The detectors compiled into relecture, each given the data lists it reads from the rules folders. */
final class BuiltinDetectors {
    private BuiltinDetectors() {
    }

    static List<Detector> create(RuleLibrary library) throws RuleLoadException {
        List<Detector> detectors = new ArrayList<>(List.of(
                new DebrisDetector(library),
                new MissingSpaceDetector(library),
                new GluedWordsDetector(library)));
        detectors.addAll(TypographyDetector.create(library));
        detectors.addAll(List.of(
                new NameVariantsDetector(),
                new OfficialNameTruncatedDetector(library),
                new UntranslatedDetector(library)));
        return detectors;
    }
}
