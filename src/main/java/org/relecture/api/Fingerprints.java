package org.relecture.api;

import java.util.TreeSet;
import org.relecture.Version;
import org.relecture.cache.SettingFingerprint;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolVersion;

/**
 * The fingerprint of a setting: what decides the findings of a text. The project's configuration
 * counts as the options it makes (level, rules selected, the rules its typography policy turns
 * off or runs at every level, severities, names); its weights and gate only change scores and
 * verdicts, computed anew from the findings on every run.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static SettingFingerprint of(CheckOptions options, RuleLibrary library) {
        SettingFingerprint.Builder fingerprint = SettingFingerprint.builder()
                // Its code too: a rebuilt relecture of the same version may find otherwise.
                .add("relecture", Version.get() + " code " + CodeDigest.get())
                .add("languagetool", LanguageToolVersion.get())
                // Character classes (letters, capitals) follow the Unicode version of the JDK release.
                .add("java", String.valueOf(Runtime.version().feature()))
                .add("level", options.level().toString())
                .add("disabled", String.join(",", new TreeSet<>(options.selection().disabled())))
                .add("enabled-only", String.join(",", new TreeSet<>(options.selection().enabledOnly())));
        options.severities().byRule().forEach((rule, severity) -> fingerprint.add("severity/" + rule, severity.id()));
        options.severities().byCategory().forEach((category, severity) ->
                fingerprint.add("severity/" + category.id(), severity.id()));
        options.names().forEach(name -> fingerprint.add("names/" + name, "allowed"));
        // The typography policy's picky sub-rules run at every level (times: spaced).
        fingerprint.add("every-level", String.join(",", new TreeSet<>(options.everyLevel())));
        return fingerprint.addAll("rules", library.files()).build();
    }
}
