package org.relecture.rules.languagetool;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.CRC32;

/**
 * Names of the files relecture keeps in its cache folder for what LanguageTool builds at each
 * start ({@link SpellingDictionaryCache}, {@link SpellingTokensCache}): a prefix, a checksum of
 * relecture's installation (so two installations sharing the folder do not remove each other's
 * files), a checksum of the jars the content comes from (paths, sizes, dates: another LanguageTool
 * makes another file), a suffix.
 */
final class CacheFiles {
    private CacheFiles() {
    }

    /** The file for content of the given format that comes from the jars of these classes and resources. */
    static Path file(Path folder, String prefix, String suffix, int format, Class<?>[] classes, String... resources)
            throws IOException {
        CRC32 crc = new CRC32();
        crc.update(format);
        for (Class<?> c : classes) {
            crc.update(jarId(location(c)));
        }
        for (String resource : resources) {
            URL url = CacheFiles.class.getResource(resource);
            if (url == null) {
                throw new IOException(resource + ": no such resource");
            }
            crc.update(jarId(jarOf(url)));
        }
        return folder.resolve(homePrefix(prefix) + Long.toHexString(crc.getValue()) + suffix);
    }

    /** Removes the files this installation wrote under the prefix and suffix, but the one kept. */
    static void removeOthers(Path folder, String prefix, String suffix, Path kept) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, homePrefix(prefix) + "*" + suffix)) {
            for (Path file : files) {
                if (!file.equals(kept)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // An old file left behind is only disk space.
        }
    }

    private static String homePrefix(String prefix) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(location(CacheFiles.class).toString().getBytes(StandardCharsets.UTF_8));
        return prefix + Long.toHexString(crc.getValue()) + "-";
    }

    private static byte[] jarId(Path jar) throws IOException {
        return (jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The jar (or folder) a class was loaded from. */
    private static Path location(Class<?> c) throws IOException {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException(c.getName() + ": no code source");
        }
        return path(source.getLocation());
    }

    /** The jar a resource is read from ({@code jar:file:...!/...}), or the resource's own file. */
    private static Path jarOf(URL resource) throws IOException {
        String s = resource.toString();
        if (s.startsWith("jar:") && s.contains("!/")) {
            return path(new URL(s.substring("jar:".length(), s.indexOf("!/"))));
        }
        return path(resource);
    }

    private static Path path(URL url) throws IOException {
        try {
            return Path.of(url.toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException(url + ": not a file", e);
        }
    }
}
