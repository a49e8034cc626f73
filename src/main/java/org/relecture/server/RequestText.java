package org.relecture.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relecture.text.Document;
import org.relecture.text.Markup;
import org.relecture.text.SentenceSplitter;

/**
 * The text of a request as a {@link Document}: the {@code text} parameter as plain text, or the
 * {@code data} parameter in LanguageTool's annotated form
 * ({@code {"annotation": [{"text": "..."}, {"markup": "<b>", "interpretAs": ""}]}}), whose markup
 * parts are not checked and whose offsets are those of the parts joined together, as in
 * LanguageTool.
 */
final class RequestText {
    static final String LABEL = "<request>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SentenceSplitter splitter;
    private final int maxChars;

    RequestText(SentenceSplitter splitter, int maxChars) {
        this.splitter = splitter;
        this.maxChars = maxChars;
    }

    Document read(RequestParams params) throws HttpError {
        Optional<String> text = params.get("text");
        Optional<String> data = params.get("data");
        if (text.isPresent() && data.isPresent()) {
            throw HttpError.badRequest("give either 'text' or 'data', not both");
        }
        if (text.isPresent()) {
            return document(text.get(), List.of());
        }
        if (data.isPresent()) {
            return annotated(data.get());
        }
        throw HttpError.badRequest("missing 'text' or 'data' parameter");
    }

    private Document annotated(String data) throws HttpError {
        JsonNode annotation;
        try {
            annotation = JSON.readTree(data).path("annotation");
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("'data' is not valid JSON: " + e.getOriginalMessage());
        }
        if (!annotation.isArray()) {
            throw HttpError.badRequest("'data' must be an object with an 'annotation' array");
        }
        StringBuilder text = new StringBuilder();
        List<Markup> markup = new ArrayList<>();
        for (int i = 0; i < annotation.size(); i++) {
            JsonNode part = annotation.get(i);
            if (part.path("text").isTextual()) {
                text.append(part.get("text").textValue());
            } else if (part.path("markup").isTextual()) {
                String tag = part.get("markup").textValue();
                JsonNode readAs = part.path("interpretAs");
                if (!readAs.isMissingNode() && !readAs.isTextual()) {
                    throw HttpError.badRequest("'data' annotation " + i + ": 'interpretAs' must be a string");
                }
                markup.add(new Markup(text.length(), text.length() + tag.length(), readAs.asText("")));
                text.append(tag);
            } else {
                throw HttpError.badRequest("'data' annotation " + i + " has neither a 'text' nor a 'markup' string");
            }
            checkLength(text.length());
        }
        return document(text.toString(), markup);
    }

    private Document document(String text, List<Markup> markup) throws HttpError {
        checkLength(text.length());
        return new Document(LABEL, text, splitter.split(text), markup);
    }

    private void checkLength(int length) throws HttpError {
        if (length > maxChars) {
            throw new HttpError(413, "the text is longer than the limit of " + maxChars + " characters");
        }
    }
}
