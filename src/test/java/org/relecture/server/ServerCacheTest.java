package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.api.Relecture;
import org.relecture.cache.ResultCache;

/** A server with a result cache answers a text it has seen from the cache, per selection of rules. */
class ServerCacheTest {
    private static final String TEXT = "Le conseil a voté le budget.La séance a duré trois heures, dit \"le maire\".";

    @TempDir
    Path dir;

    @Test
    void aRepeatedTextIsAnsweredFromTheCacheAsItWasTheFirstTime() throws Exception {
        try (ResultCache cache = ResultCache.open(dir, ResultCache.DEFAULT_MAX_BYTES, message -> {
            throw new AssertionError(message);
        }); TestServer server = TestServer.start(Relecture.builder().workers(1).cache(cache).build(), ServerLimits.defaults())) {
            Map<String, String> all = Map.of("text", TEXT, "language", "fr");
            Map<String, String> spacing = Map.of("text", TEXT, "language", "fr",
                    "enabledRules", "MISSING_SPACE_AFTER_PUNCTUATION", "enabledOnly", "true");
            List<String> first = List.of(server.post("/v2/check", all).body(), server.post("/v2/check", spacing).body(),
                    server.post("/api/v1/check", Map.of("text", TEXT)).body());
            long misses = cache.misses();
            long hits = cache.hits();
            assertTrue(misses >= 2, "both selections were checked");
            List<String> again = List.of(server.post("/v2/check", all).body(), server.post("/v2/check", spacing).body(),
                    server.post("/api/v1/check", Map.of("text", TEXT)).body());
            assertEquals(first, again);
            assertEquals(hits + 3, cache.hits());
            assertEquals(misses, cache.misses());
            assertTrue(first.get(1).contains("MISSING_SPACE_AFTER_PUNCTUATION") && !first.get(1).equals(first.get(0)),
                    "a narrower selection has its own entry: " + first.get(1));
        }
    }
}
