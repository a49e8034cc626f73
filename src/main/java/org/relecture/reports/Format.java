package org.relecture.reports;

import java.io.OutputStream;
import java.util.Locale;
import org.relecture.reports.html.HtmlRenderer;

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
    },
    SARIF {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new SarifRenderer(out);
        }
    },
    JUNIT {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new JUnitRenderer(out, options);
        }
    },
    CHECKSTYLE {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new CheckstyleRenderer(out);
        }
    },
    HTML {
        @Override
        public Renderer renderer(OutputStream out, RenderOptions options) {
            return new HtmlRenderer(out);
        }
    };

    public abstract Renderer renderer(OutputStream out, RenderOptions options);

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
