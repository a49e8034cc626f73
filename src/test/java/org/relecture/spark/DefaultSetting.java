package org.relecture.spark;

import java.util.List;
import java.util.Set;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureException;

/** The default setting (relecture's own rules, no configuration), built once for the Spark tests' JVM. */
final class DefaultSetting {
    private static JobSetting setting;
    private static Relecture here;

    private DefaultSetting() {
    }

    static synchronized JobSetting setting() throws RelectureException {
        if (setting == null) {
            setting = JobSetting.capture(null, true, List.of(), null, Set.of(), Set.of());
        }
        return setting;
    }

    static synchronized Relecture here() {
        if (here == null) {
            try {
                here = setting().openHere();
            } catch (RelectureException e) {
                throw new IllegalStateException(e);
            }
        }
        return here;
    }
}
