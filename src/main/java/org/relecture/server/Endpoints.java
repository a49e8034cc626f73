package org.relecture.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.languagetool.Language;
import org.relecture.Version;
import org.relecture.reports.Format;
import org.relecture.reports.RenderOptions;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;

/** The server's paths and what each answers. */
final class Endpoints {
    /** The checking service, or the 503 that says it is not ready. */
    interface ServiceSource {
        CheckService get() throws HttpError;
    }

    private Endpoints() {
    }

    static Map<String, Endpoint> routes(ServiceSource service, ServerSettings settings, PageAssets page) {
        long maxBody = settings.limits().maxBodyBytes();
        return Map.of(
                "/v2/check", Endpoint.getOrPost(exchange -> {
                    RequestParams params = RequestParams.read(exchange, maxBody);
                    Language language = FrenchVariants.of(params.get("language"));
                    CheckService ready = service.get();
                    CheckService.Checked checked = ready.check(params);
                    return Response.json(new LanguageToolJson(ready.catalog())
                            .check(checked.document(), checked.findings(), language));
                }),
                "/v2/languages", Endpoint.get(exchange -> Response.json(LanguageToolJson.languages(FrenchVariants.all()))),
                "/api/v1/check", Endpoint.post(exchange -> {
                    RequestParams params = RequestParams.read(exchange, maxBody);
                    if (params.get("language").isPresent()) {
                        FrenchVariants.of(params.get("language"));
                    }
                    CheckService.Checked checked = service.get().check(params);
                    return Response.json(report(settings.relecture().score(checked.document(), checked.findings())));
                }),
                "/health", Endpoint.get(exchange -> health(service, settings)),
                "/", Endpoint.get(exchange -> page.index()),
                "/" + PageAssets.SCRIPT, Endpoint.get(exchange -> page.script()),
                "/" + PageAssets.STYLE, Endpoint.get(exchange -> page.style()));
    }

    /**
     * DESIGN.md's JSON report of one document with its score, written by the same renderer as
     * {@code relecture check --format json}.
     */
    private static byte[] report(ScoredDocument scored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderer renderer = Format.JSON.renderer(out, new RenderOptions(false));
        CorpusSummary summary = new CorpusSummary();
        summary.add(scored);
        renderer.begin();
        renderer.document(scored);
        renderer.end(summary);
        return out.toByteArray();
    }

    private static Response health(ServiceSource service, ServerSettings settings) {
        try {
            service.get();
        } catch (HttpError e) {
            return new Response(503, Response.JSON, LanguageToolJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("status", "starting");
                g.writeStringField("message", e.getMessage());
                g.writeEndObject();
            }));
        }
        return Response.json(LanguageToolJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ready");
            g.writeStringField("version", Version.get());
            g.writeNumberField("workers", settings.workers());
            g.writeEndObject();
        }));
    }
}
