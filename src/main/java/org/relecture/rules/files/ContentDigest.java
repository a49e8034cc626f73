package org.relecture.rules.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.relecture.rules.RuleLoadException;

/**
 * A SHA-256 over named contents, in the order they are added: a fingerprint of what a setting
 * read, stable across machines (names, not absolute paths).
 */
public final class ContentDigest {
    private final MessageDigest sha;

    public ContentDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public ContentDigest add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a file's content, unnamed. */
    ContentDigest add(Path file) throws RuleLoadException {
        try {
            return add("", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RuleLoadException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    public ContentDigest add(String name, byte[] content) {
        // Lengths first, so that no two sequences of names and contents run together alike.
        sha.update((name.length() + ":" + name + ":" + content.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(content);
        return this;
    }

    /** The digest in hexadecimal; the digest cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
