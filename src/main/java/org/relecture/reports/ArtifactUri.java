package org.relecture.reports;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A report path as the URI reference SARIF wants: relative paths stay relative (code scanning
 * resolves them against the repository root), absolute ones become {@code file:} URIs, and
 * characters a URI cannot hold are percent-encoded.
 */
final class ArtifactUri {
    private ArtifactUri() {
    }

    static String of(String path) {
        String slashed = path.replace(File.separatorChar, '/');
        if (slashed.startsWith("/")) {
            return Path.of(path).toUri().toASCIIString();
        }
        String relative = Path.of(slashed).normalize().toString().replace(File.separatorChar, '/');
        // A colon in the first segment would read as a scheme.
        if (relative.indexOf(':') >= 0 && relative.indexOf(':') < (relative + "/").indexOf('/')) {
            relative = "./" + relative;
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }
}
