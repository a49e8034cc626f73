package org.relecture.rules.languagetool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the LanguageTool jars on the class path, read from the Maven descriptions they
 * carry rather than from {@code JLanguageTool.VERSION}, whose class would load LanguageTool's
 * start-up (a cached run must not pay it to learn the version).
 */
public final class LanguageToolVersion {
    private LanguageToolVersion() {
    }

    /** {@code core 6.8, fr 6.8}: the engine's and the French module's versions. */
    public static String get() {
        return "core " + of("languagetool-core") + ", fr " + of("language-fr");
    }

    private static String of(String artifact) {
        String resource = "/META-INF/maven/org.languagetool/" + artifact + "/pom.properties";
        try (InputStream in = LanguageToolVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
