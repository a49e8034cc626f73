package org.relecture.cache;

import java.util.Locale;
import org.relecture.rules.files.ContentDigest;
import org.relecture.text.Document;
import org.relecture.text.Markup;

/**
 * What of a document decides its findings under one setting, as a SHA-256: its text, its markup
 * (what is prose and what is not), and the extension of its name (a {@code .md} file is read as
 * Markdown), not its name: a file renamed or copied keeps its entry.
 */
public record DocumentKey(String hex) {
    public static DocumentKey of(Document document) {
        ContentDigest digest = new ContentDigest()
                .add("extension", extension(document.path()))
                .add("text", document.text());
        StringBuilder markup = new StringBuilder();
        for (Markup m : document.markup()) {
            markup.append(m.start()).append(',').append(m.end()).append(',').append(m.readAs().length()).append(':')
                    .append(m.readAs()).append(';');
        }
        return new DocumentKey(digest.add("markup", markup.toString()).hex());
    }

    private static String extension(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
