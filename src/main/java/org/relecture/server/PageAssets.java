package org.relecture.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checking page: one HTML file, its script and its style, from the jar; no network. */
final class PageAssets {
    static final String SCRIPT = "relecture.js";
    static final String STYLE = "relecture.css";
    private static final String FOLDER = "/org/relecture/server/page/";

    private final byte[] index;
    private final byte[] script;
    private final byte[] style;

    private PageAssets(byte[] index, byte[] script, byte[] style) {
        this.index = index;
        this.script = script;
        this.style = style;
    }

    static PageAssets load() {
        return new PageAssets(read("index.html"), read(SCRIPT), read(STYLE));
    }

    private static byte[] read(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("page asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer index() {
        return new Answer(200, "text/html; charset=utf-8", index);
    }

    Answer script() {
        return new Answer(200, "text/javascript; charset=utf-8", script);
    }

    Answer style() {
        return new Answer(200, "text/css; charset=utf-8", style);
    }
}
