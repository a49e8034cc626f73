package org.relecture.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request, as LanguageTool's server takes them: form fields of a
 * {@code application/x-www-form-urlencoded} body and the query string alike; a name given twice
 * keeps its first value.
 */
final class RequestParams {
    private final Map<String, String> values;

    private RequestParams(Map<String, String> values) {
        this.values = values;
    }

    static RequestParams of(Map<String, String> values) {
        return new RequestParams(new LinkedHashMap<>(values));
    }

    /** The query (still percent-encoded) and the body of a form POST, the query's values first. */
    static RequestParams parse(String rawQuery, byte[] body) throws HttpError {
        Map<String, String> values = new LinkedHashMap<>();
        decode(rawQuery, values);
        decode(new String(body, StandardCharsets.UTF_8), values);
        return new RequestParams(values);
    }

    private static void decode(String form, Map<String, String> into) throws HttpError {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                into.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("malformed form encoding in parameter '" + name + "': " + e.getMessage());
            }
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A comma-separated list; empty entries are dropped. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        get(name).ifPresent(v -> Arrays.stream(v.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).forEach(out::add));
        return out;
    }

    /** LanguageTool's booleans: {@code true} or {@code yes}; anything else but absent is a 400. */
    boolean flag(String name) throws HttpError {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no", "" -> false;
            default -> throw HttpError.badRequest("'" + name + "' must be true or false, not '" + value.get() + "'");
        };
    }
}
