package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random requests to the checking endpoints: random parameters (LanguageTool's and others), values
 * (Unicode of every kind: lone surrogates, combining marks, CR/LF mixes, long words, punctuation
 * only), encodings (UTF-8, Latin-1, raw and broken percent-encoding), in the query or the body,
 * and {@code data} JSON of random shape. Every answer is 2xx or 4xx, JSON, and bounded; never 5xx.
 */
class CheckRequestFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_BODY = 16 * 1024;
    private static final List<String> NAMES = List.of("text", "data", "language", "level", "enabledRules",
            "disabledRules", "enabledCategories", "disabledCategories", "enabledOnly", "motherTongue", "mode");
    private static TestServer server;

    /** One request: where it goes, how its parameters are written, and what they are. */
    record FuzzRequest(String method, String path, String contentType, Charset charset, boolean raw, boolean inQuery,
                       List<Map.Entry<String, String>> params) {
    }

    @BeforeContainer
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults().withBody(MAX_BODY, 3_000).withChecks(Duration.ofSeconds(60), 4));
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 60)
    @AddLifecycleHook(FuzzTries.class)
    void everyRequestIsAnsweredWithJsonAndNeverAServerError(@ForAll("requests") FuzzRequest request) throws Exception {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), bytes(request));
        Statistics.label("status").collect(reply.status());
        // Most requests must reach a checker, or the property would only test the validation.
        Statistics.label("status").coverage(c -> c.check(200).percentage(p -> p > 10));
        assertTrue(reply.status() >= 200 && reply.status() < 500 && (reply.status() < 300 || reply.status() >= 400),
                reply.status() + " " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.headers().toString());
        JsonNode body = JSON.readTree(reply.body());
        if (reply.status() >= 400) {
            assertEquals(reply.status(), body.get("status").asInt());
        }
        assertTrue(reply.body().length() < 2_000_000, "an answer of " + reply.body().length() + " characters");
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        // Most requests are what a client sends, a language and a text, so that most reach a checker;
        // random parameters come after them (a name given twice keeps its first value).
        Arbitrary<String> language = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("fr", "fr-FR", "fr-CA", "auto")),
                Tuple.of(1, Arbitraries.of("en-US", "", "FR", "fr-XX", "de")));
        Arbitrary<List<Map.Entry<String, String>>> usual = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(language, texts()).as((l, t) -> List.of(Map.entry("language", l), Map.entry("text", t)))),
                Tuple.of(3, Combinators.combine(language, data()).as((l, d) -> List.of(Map.entry("language", l), Map.entry("data", d)))),
                Tuple.of(1, Arbitraries.just(List.of())));
        Arbitrary<Map.Entry<String, String>> other = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(Arbitraries.of(NAMES), values()).as(Map::entry)),
                Tuple.of(1, Combinators.combine(Arbitraries.just("data"), data()).as(Map::entry)),
                Tuple.of(1, Combinators.combine(Arbitraries.strings().all().ofMaxLength(12), values()).as(Map::entry)));
        Arbitrary<List<Map.Entry<String, String>>> params = Combinators.combine(usual, other.list().ofMaxSize(4))
                .as((first, more) -> {
                    List<Map.Entry<String, String>> all = new ArrayList<>(first);
                    all.addAll(more);
                    return all;
                });
        return Combinators.combine(
                Arbitraries.of("POST", "POST", "POST", "GET"),
                Arbitraries.of("/v2/check", "/v2/check", "/api/v1/check"),
                Arbitraries.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
                        "application/json", "multipart/form-data; boundary=x", ""),
                Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1),
                Arbitraries.of(false, false, true),
                Arbitraries.of(false, false, true),
                params).as(FuzzRequest::new);
    }

    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of("true", "false", "yes", "picky", "default", "TYPOS,SPACING",
                "FR_SPELLING_RULE", "MISSING_SPACE_AFTER_PUNCTUATION,,", ""), Arbitraries.strings().all().ofMaxLength(30));
    }

    /** Texts a client might send, and texts nobody would. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("Nous avons recu la lettre hier.", "Il a dit qu'il viendrait et qu’il resterait.",
                        "Les enfant sont sortis.Le soir tombait", " : ; ! ? « » … — ", "l' homme", "Paris , le 3 mai",
                        "https://example.com/a?b=c", "<b>gras</b>", "\r\n", "\r", "\n\n", "\u00A0\u202F", "e\u0301te\u0301")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars(".,;:!?()[]«»\"'-").ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(50).ofMaxLength(600)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMaxLength(8)));
        return piece.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    /** LanguageTool's annotated markup, broken in every way, and JSON of no particular shape. */
    private static Arbitrary<String> data() {
        Arbitrary<JsonNode> part = Arbitraries.frequencyOf(
                Tuple.of(12, texts().map(t -> (JsonNode) NODES.objectNode().put("text", t))),
                Tuple.of(6, Combinators.combine(Arbitraries.of("<b>", "</p>", "<br/>", "", "<a href=\"x\">"),
                        Arbitraries.of("", "\n\n", " ", "x")).as((m, as) -> (JsonNode) NODES.objectNode().put("markup", m).put("interpretAs", as))),
                Tuple.of(4, Arbitraries.of("<b>", "</b>").map(m -> (JsonNode) NODES.objectNode().put("markup", m))),
                Tuple.of(1, Arbitraries.of("markup", "text").map(k -> (JsonNode) NODES.objectNode().put(k, 3))),
                Tuple.of(1, Arbitraries.of("interpretAs").map(k -> (JsonNode) NODES.objectNode().put("markup", "<i>").putNull(k))),
                Tuple.of(1, json()));
        Arbitrary<String> annotation = part.list().ofMaxSize(10).map(parts -> {
            ObjectNode data = NODES.objectNode();
            data.putArray("annotation").addAll(parts);
            return data.toString();
        });
        return Arbitraries.frequencyOf(
                Tuple.of(12, annotation),
                Tuple.of(2, json().map(JsonNode::toString)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.integers().between(1, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth))));
    }

    private static Arbitrary<JsonNode> json() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(10).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true)));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> (JsonNode) NODES.arrayNode().addAll(items)),
                Combinators.combine(Arbitraries.of("annotation", "text", "markup", "interpretAs", "x"), inner)
                        .as((key, value) -> (JsonNode) NODES.objectNode().set(key, value))), 0, 4);
    }

    private static byte[] bytes(FuzzRequest request) {
        String form = String.join("&", request.params().stream()
                .map(p -> encode(p.getKey(), request) + "=" + encode(p.getValue(), request)).toList());
        boolean query = request.method().equals("GET") || request.inQuery();
        String target = request.path() + (query ? "?" + queryLine(form) : "");
        byte[] body = query ? new byte[0] : form.getBytes(request.raw() ? StandardCharsets.UTF_8 : request.charset());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = request.method() + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"
                + (request.contentType().isEmpty() ? "" : "Content-Type: " + request.contentType() + "\r\n")
                + (request.method().equals("POST") ? "Content-Length: " + body.length + "\r\n" : "")
                + "Connection: close\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Percent-encoded in the request's charset, or raw: '&', '=' and '%' left as they are. */
    private static String encode(String s, FuzzRequest request) {
        return request.raw() ? s : URLEncoder.encode(s, request.charset());
    }

    /** A request line stays one line: what would break it (spaces, line ends, non-ASCII) is escaped anyway. */
    private static String queryLine(String form) {
        StringBuilder out = new StringBuilder();
        for (byte b : form.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            out.append(c <= 0x20 || c >= 0x7F || c == '#' ? String.format("%%%02X", c) : String.valueOf((char) c));
        }
        return out.toString();
    }
}
