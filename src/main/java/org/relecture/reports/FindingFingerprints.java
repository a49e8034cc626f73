package org.relecture.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * Identities for the findings of one document that survive edits elsewhere in the file: a hash of
 * the file, the rule, the flagged text and how many equal findings came before it, never of a line
 * number. Call {@link #next} for the findings in document order.
 */
final class FindingFingerprints {
    private final Document doc;
    private final Map<String, Integer> seen = new HashMap<>();

    FindingFingerprints(Document doc) {
        this.doc = doc;
    }

    String next(Finding f) {
        String key = f.rule() + '\u0000' + doc.slice(f.start(), f.end()).strip();
        int rank = seen.merge(key, 1, Integer::sum);
        return sha256(doc.path() + '\u0000' + key + '\u0000' + rank).substring(0, 32);
    }

    private static String sha256(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
