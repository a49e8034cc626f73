package org.relecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version, as Maven filtered it into a resource at build time. */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    public static String get() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** When the jar was built (UTC, {@code yyyy-MM-dd HH:mm:ss}). */
    public static String buildDate() {
        return PROPERTIES.getProperty("buildDate", "unknown");
    }

    private static Properties load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/relecture/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
