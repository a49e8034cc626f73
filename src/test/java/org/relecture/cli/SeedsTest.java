package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The base checker already finds the English spelling the reviewer marked in seed 000. */
class SeedsTest {
    @Test
    void languageToolFlagsCooperationInSeed000AtTheGoldOffsets() {
        JsonNode doc = CliRun.run("check", "--format", "json", "seeds/000_f638f459ad889777.txt")
                .json().path("documents").get(0);
        boolean found = false;
        for (JsonNode f : doc.path("findings")) {
            found |= f.path("rule").asText().equals("FR_SPELLING_RULE")
                    && f.path("start").asInt() == 531 && f.path("end").asInt() == 542
                    && f.path("category").asText().equals("spelling")
                    && f.path("suggestions").get(0).asText().equals("coopération");
        }
        assertTrue(found, doc.path("findings").toString());
    }
}
