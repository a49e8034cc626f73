package org.relecture.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.relecture.Version;
import org.relecture.rules.files.ContentDigest;

/**
 * A digest of relecture's own code (its classes and resources) and of the names of the jars it
 * runs with (their versions): what a version number does not tell apart, a rebuilt relecture
 * whose rules behave otherwise. Not the build date, which differs on every build of the same
 * code (every CI job builds anew) and would make the cache useless there.
 */
final class CodeDigest {
    /** Filtered at build time with the date: left out, so that equal code gives an equal digest. */
    private static final String VERSION_FILE = "org/relecture/version.properties";
    private static final String OWN = "org/relecture/";
    private static volatile String digest;

    private CodeDigest() {
    }

    /** The first 16 hexadecimal digits of the SHA-256, computed once per JVM. */
    static String get() {
        String known = digest;
        if (known == null) {
            known = compute().substring(0, 16);
            digest = known;
        }
        return known;
    }

    private static String compute() {
        Path code;
        try {
            code = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown-code-location-of-" + Version.get();
        }
        try {
            return Files.isDirectory(code) ? ofClassesFolder(code) : ofJar(code);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relecture's own code in " + code, e);
        }
    }

    private static String ofJar(Path jar) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        String classPath = "";
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(OWN) && !entry.isDirectory() && !entry.getName().equals(VERSION_FILE)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        contents.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            Manifest manifest = file.getManifest();
            if (manifest != null && manifest.getMainAttributes().getValue("Class-Path") != null) {
                classPath = manifest.getMainAttributes().getValue("Class-Path");
            }
        }
        return digest(contents, Arrays.stream(classPath.trim().split("\\s+")).toList());
    }

    private static String ofClassesFolder(Path classes) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        Path own = classes.resolve(OWN);
        if (Files.isDirectory(own)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(own)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.equals(VERSION_FILE)) {
                    contents.put(name, Files.readAllBytes(file));
                }
            }
        }
        return digest(contents, List.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)));
    }

    /** The code by name and content, and the jars by file name (their paths differ from machine to machine). */
    private static String digest(Map<String, byte[]> contents, List<String> jars) {
        ContentDigest sha = new ContentDigest();
        contents.forEach(sha::add);
        List<String> names = new ArrayList<>();
        for (String jar : jars) {
            if (jar.endsWith(".jar")) {
                names.add(Path.of(jar).getFileName().toString());
            }
        }
        names.sort(null);
        return sha.add("jars", String.join("\n", names)).hex();
    }
}
