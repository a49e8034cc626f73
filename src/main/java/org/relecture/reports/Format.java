package org.relecture.reports;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import org.relecture.reports.HtmlRenderer;

/** The report formats, chosen by name with {@code --format}. */
public enum Format {
    TEXT(TextRenderer::new),
    JSON((out, options) -> new JsonRenderer(out)),
    SARIF((out, options) -> new SarifRenderer(out)),
    JUNIT(JUnitRenderer::new),
    CHECKSTYLE((out, options) -> new CheckstyleRenderer(out)),
    HTML((out, options) -> new HtmlRenderer(out));

    private final BiFunction<OutputStream, RenderOptions, Renderer> factory;

    Format(BiFunction<OutputStream, RenderOptions, Renderer> factory) {
        this.factory = factory;
    }

    public Renderer renderer(OutputStream out, RenderOptions options) {
        return factory.apply(out, options);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
