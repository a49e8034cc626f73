package org.relecture.reports;

import java.io.OutputStream;
import java.util.Locale;

/** The report formats, chosen by name with {@code --format}. */
public enum Format {
    TEXT {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new TextRenderer(out, options);
        }
    },
    JSON {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new JsonRenderer(out);
        }
    };

    public abstract Renderer renderer(OutputStream out, RenderOptions options);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
