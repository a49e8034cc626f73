package org.relecture.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.languagetool.Language;
import org.languagetool.tools.ContextTools;
import org.relecture.Version;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.text.Document;
import org.relecture.text.Span;

/**
 * Findings in the JSON of LanguageTool's {@code /v2/check} (the shape of its
 * {@code RuleMatchesAsJsonSerializer}): {@code software}, {@code warnings}, {@code language},
 * {@code matches} and {@code sentenceRanges}. Offsets are the document's, in UTF-16 code units,
 * as LanguageTool's are.
 */
final class LanguageToolJson {
    /** LanguageTool's server shows 40 characters of context on either side. */
    private static final int CONTEXT_SIZE = 40;
    private static final String MARKER = "\u0000relecture-match\u0000";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RuleCatalog catalog;

    LanguageToolJson(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** The answer of {@code /v2/check}: the kept findings, and a warning when some were left out. */
    byte[] check(Document document, MatchLimit.Kept kept, Language language) {
        List<Finding> findings = kept.findings();
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("software");
            g.writeStringField("name", "relecture");
            g.writeStringField("version", Version.get());
            g.writeStringField("buildDate", Version.buildDate());
            g.writeNumberField("apiVersion", 1);
            g.writeBooleanField("premium", false);
            g.writeStringField("status", "");
            g.writeEndObject();
            writeWarnings(g, kept.incompleteReason());
            writeLanguage(g, language);
            ContextTools context = contextTools();
            Sentences sentences = new Sentences(document);
            g.writeArrayFieldStart("matches");
            for (Finding finding : findings) {
                writeMatch(g, document, finding, context, sentences);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sentenceRanges");
            for (Span sentence : document.sentences()) {
                g.writeStartArray();
                g.writeNumber(sentence.start());
                g.writeNumber(sentence.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** As LanguageTool's serializer: a reason when results are incomplete, otherwise false. */
    static void writeWarnings(JsonGenerator g, Optional<String> incompleteReason) throws IOException {
        g.writeObjectFieldStart("warnings");
        g.writeBooleanField("incompleteResults", incompleteReason.isPresent());
        if (incompleteReason.isPresent()) {
            g.writeStringField("incompleteResultsReason", incompleteReason.get());
        }
        g.writeEndObject();
    }

    /** relecture checks every variant of French as French, so the detected language is the given one. */
    private static void writeLanguage(JsonGenerator g, Language language) throws IOException {
        g.writeObjectFieldStart("language");
        g.writeStringField("name", language.getName());
        g.writeStringField("code", language.getShortCodeWithCountryAndVariant());
        g.writeObjectFieldStart("detectedLanguage");
        g.writeStringField("name", language.getName());
        g.writeStringField("code", language.getShortCodeWithCountryAndVariant());
        g.writeNumberField("confidence", 1.0);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeMatch(JsonGenerator g, Document document, Finding finding, ContextTools contextTools,
                            Sentences sentences) throws IOException {
        RuleCatalog.Entry rule = catalog.require(finding.rule());
        int length = finding.end() - finding.start();
        g.writeStartObject();
        g.writeStringField("message", finding.message());
        g.writeStringField("shortMessage", "");
        g.writeArrayFieldStart("replacements");
        for (String suggestion : finding.suggestions()) {
            g.writeStartObject();
            g.writeStringField("value", suggestion);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("offset", finding.start());
        g.writeNumberField("length", length);
        String context = contextTools.getContext(finding.start(), finding.end(), document.text());
        int contextOffset = context.indexOf(MARKER);
        g.writeObjectFieldStart("context");
        g.writeStringField("text", context.replace(MARKER, ""));
        g.writeNumberField("offset", contextOffset);
        g.writeNumberField("length", length);
        g.writeEndObject();
        Optional<String> sentence = sentences.plainTextAt(finding.start());
        if (sentence.isPresent()) {
            g.writeStringField("sentence", sentence.get());
        }
        g.writeObjectFieldStart("type");
        g.writeStringField("typeName", typeName(finding.category()));
        g.writeEndObject();
        g.writeObjectFieldStart("rule");
        g.writeStringField("id", finding.rule());
        g.writeStringField("description", rule.info().description());
        g.writeStringField("issueType", rule.issueType());
        g.writeObjectFieldStart("category");
        g.writeStringField("id", rule.categoryId());
        g.writeStringField("name", rule.categoryName());
        g.writeEndObject();
        g.writeEndObject();
        // As LanguageTool: whether a client may skip the match while a sentence is being typed.
        int sure = rule.contextForSureMatch();
        g.writeBooleanField("ignoreForIncompleteSentence", sure == -1 || sure > 3);
        g.writeNumberField("contextForSureMatch", sure);
        g.writeEndObject();
    }

    private static ContextTools contextTools() {
        ContextTools tools = new ContextTools();
        tools.setEscapeHtml(false);
        tools.setContextSize(CONTEXT_SIZE);
        tools.setErrorMarker(MARKER, "");
        return tools;
    }

    /** LanguageTool's match types: unknown words, hints (style) and the rest. */
    private static String typeName(Category category) {
        return switch (category) {
            case SPELLING -> "UnknownWord";
            case STYLE -> "Hint";
            default -> "Other";
        };
    }

    /** {@code /v2/languages}: the variants of French, as LanguageTool lists languages. */
    static byte[] languages(List<Language> languages) {
        return write(g -> {
            g.writeStartArray();
            for (Language language : languages) {
                g.writeStartObject();
                g.writeStringField("name", language.getName());
                g.writeStringField("code", language.getShortCode());
                g.writeStringField("longCode", language.getShortCodeWithCountryAndVariant());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
