package org.relecture.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The JSON writer of the JSON-based reports: UTF-8, indented, leaving the stream open for the caller. */
final class JsonStreams {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonStreams() {
    }

    static JsonGenerator generator(OutputStream out) {
        try {
            return FACTORY.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
