package org.relecture.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A request's text and markup, read and within the limits; made a {@link Document} (its
     * sentences found) by the worker that checks it, within the request's time limit.
     */
    record Text(String text, List<Markup> markup) {
        Document document(SentenceSplitter splitter) {
            return new Document(LABEL, text, splitter.split(readable()), markup);
        }

        /**
         * The text sentences are found in: each markup part blanked, as line breaks where it reads
         * as one ({@code </p>} read as a paragraph's end), so that the sentences are those of the
         * text LanguageTool reads, at the offsets of the text as given.
         */
        private String readable() {
            char[] chars = text.toCharArray();
            for (Markup m : markup) {
                Arrays.fill(chars, m.start(), m.end(), m.readAs().indexOf('\n') >= 0 ? '\n' : ' ');
            }
            return new String(chars);
        }
    }

    private final int maxChars;

    RequestText(int maxChars) {
        this.maxChars = maxChars;
    }

    Text read(RequestParams params) throws HttpError {
        Optional<String> text = params.get("text");
        Optional<String> data = params.get("data");
        if (text.isPresent() && data.isPresent()) {
            throw HttpError.badRequest("give either 'text' or 'data', not both");
        }
        if (text.isPresent()) {
            return text(text.get(), List.of());
        }
        if (data.isPresent()) {
            return annotated(data.get());
        }
        throw HttpError.badRequest("missing 'text' or 'data' parameter");
    }

    private Text annotated(String data) throws HttpError {
        JsonNode annotation;
        try {
            annotation = JSON.readTree(data).path("annotation");
        } catch (StreamConstraintsException e) {
            throw HttpError.badRequest("'data' is nested too deeply or has too long a value");
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
        return text(text.toString(), markup);
    }

    private Text text(String text, List<Markup> markup) throws HttpError {
        checkLength(text.length());
        return new Text(text, markup);
    }

    private void checkLength(int length) throws HttpError {
        if (length > maxChars) {
            throw new HttpError(413, "the text is longer than the limit of " + maxChars + " characters");
        }
    }
}
