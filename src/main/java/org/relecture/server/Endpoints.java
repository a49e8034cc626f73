package org.relecture.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.languagetool.Language;
import org.relecture.Version;
import org.relecture.api.Relecture;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.fix.Edit;
import org.relecture.fix.FixOutcome;
import org.relecture.reports.Format;
import org.relecture.reports.Numbers;
import org.relecture.reports.RenderOptions;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;

/** The server's paths and what each answers. */
final class Endpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The checking service, or the 503 that says it is not ready. */
    interface ServiceSource {
        CheckService get() throws HttpError;
    }

    private Endpoints() {
    }

    static Map<String, Endpoint> routes(ServiceSource service, ServerSettings settings, PageAssets page) {
        MatchLimit limit = MatchLimit.of(settings.limits());
        return Map.of(
                "/v2/check", Endpoint.getOrPostCheck(languageToolCheck(service, limit)),
                "/v2/languages", Endpoint.get(params -> done(Answer.json(LanguageToolJson.languages(FrenchVariants.all())))),
                "/api/v1/check", Endpoint.postCheck(params -> {
                    if (params.get("language").isPresent()) {
                        FrenchVariants.of(params.get("language"));
                    }
                    return service.get().check(params, (document, findings) ->
                            Answer.json(report(document, findings, settings.relecture(), limit)));
                }),
                "/api/v1/fix", Endpoint.postCheck(params -> {
                    if (params.get("language").isPresent()) {
                        FrenchVariants.of(params.get("language"));
                    }
                    return service.get().fix(params, outcome -> Answer.json(fixed(outcome, settings.relecture(), limit)));
                }),
                "/health", Endpoint.get(params -> done(health(service, settings))),
                "/", Endpoint.get(params -> done(page.index())),
                "/" + PageAssets.SCRIPT, Endpoint.get(params -> done(page.script())),
                "/" + PageAssets.STYLE, Endpoint.get(params -> done(page.style())));
    }

    /** {@code /v2/check}: what editors send, and what the warm-up sends before the server is ready. */
    static Endpoint.Handler languageToolCheck(ServiceSource service, MatchLimit limit) {
        return params -> {
            Language language = FrenchVariants.of(params.get("language"));
            CheckService ready = service.get();
            LanguageToolJson json = new LanguageToolJson(ready.catalog());
            return ready.check(params, (document, findings) -> Answer.json(
                    json.check(document, limit.apply(findings, document.words()), language)));
        };
    }

    private static CompletableFuture<Answer> done(Answer response) {
        return CompletableFuture.completedFuture(response);
    }

    /**
     * DESIGN.md's JSON report of one document with its score, written by the same renderer as
     * {@code relecture check --format json}. The score counts every finding; beyond the match
     * limit the findings are not listed, and {@code warnings} says so as in {@code /v2/check}.
     */
    private static byte[] report(Document document, List<Finding> findings, Relecture relecture, MatchLimit limit)
            throws IOException {
        MatchLimit.Kept kept = limit.apply(findings, document.words());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderer renderer = Format.JSON.renderer(out, new RenderOptions(false));
        ScoredDocument scored = new ScoredDocument(DocumentResult.checked(document, kept.findings()),
                relecture.score(document, findings).score());
        CorpusSummary summary = new CorpusSummary(relecture.scorer().calibration());
        summary.add(scored);
        renderer.begin();
        renderer.document(scored);
        renderer.end(summary);
        if (kept.incompleteReason().isEmpty()) {
            return out.toByteArray();
        }
        ObjectNode report = (ObjectNode) JSON.readTree(out.toByteArray());
        report.putObject("warnings").put("incompleteResults", true)
                .put("incompleteResultsReason", kept.incompleteReason().get());
        return JSON.writeValueAsBytes(report);
    }

    /**
     * A fixed text: the text itself, the fixes made (rule, text before and after), the score
     * before, the unified diff, and the JSON report of the fixed text as {@code /api/v1/check}
     * gives it.
     */
    private static byte[] fixed(FixOutcome outcome, Relecture relecture, MatchLimit limit) throws IOException {
        ScoredDocument after = outcome.after();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("text", outcome.fixedText());
        answer.put("changed", outcome.changed());
        ArrayNode fixes = answer.putArray("fixes");
        for (Edit edit : outcome.applied()) {
            fixes.addObject().put("rule", edit.finding().rule()).put("original", edit.original())
                    .put("replacement", edit.replacement());
        }
        answer.put("conflicts", outcome.conflicts().size());
        answer.put("settled", outcome.settled());
        answer.put("scoreBefore", Numbers.round1(outcome.before().score().score()));
        answer.put("diff", outcome.diff());
        answer.set("report", JSON.readTree(report(after.document(), after.findings(), relecture, limit)));
        return JSON.writeValueAsBytes(answer);
    }

    private static Answer health(ServiceSource service, ServerSettings settings) {
        try {
            service.get();
        } catch (HttpError e) {
            return new Answer(503, Answer.JSON, LanguageToolJson.write(g -> {
                g.writeStartObject();
                g.writeStringField("status", "starting");
                g.writeStringField("message", e.getMessage());
                g.writeEndObject();
            })).with("Retry-After", "1");
        }
        return Answer.json(LanguageToolJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ready");
            g.writeStringField("version", Version.get());
            g.writeNumberField("workers", settings.workers());
            g.writeEndObject();
        }));
    }
}
