package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relecture.api.Relecture;
import org.relecture.rules.SuggestionPrefetch;

/**
 * A server of two workers sent one request at a time has the spelling suggestions of each check
 * computed ahead on its helper thread ({@link SuggestionPrefetch}); its {@code /v2/check} answers
 * (matches, offsets, replacements) are those of a server of one worker, which has no helper. The
 * texts are the editor-sized parts of other documents than the seeds of {@link
 * ServerEagerAnswersTest}, and paragraphs written here with many unknown words, repeated ones and
 * errors that overlap.
 */
class SuggestionPrefetchTest {
    private static final List<String> MORE = List.of(
            "Le developement du logicielle a pris du retart : les developpeurs ont du refaire "
                    + "l'interfface, le moteur de recherhe et la documantation, puis tester l'enssemble. "
                    + "Les utilisatuers attendait la nouvele version depuis longtemp.",
            "Kubernetes et Terraform sont configurés par Mme Okonkwo-Villeneuve ; la Kubernetes "
                    + "de Mme Okonkwo-Villeneuve tourne sur trois noeuds. Leur chef ,Jean-Baptistte, "
                    + "a dit qu'il faudrais migrer avant Noël , mais personne n'a pas confirmé.",
            "Ils ont mangé des pommes , des poires et des abricotts.Il a parlé a sa soeur de "
                    + "l'enfant qu'ils ont adopter ; elle a été tres émue et a pleurer. Les enfant "
                    + "jouent dans le jardain pendant que les parent preparent le repas du soire.");

    @Test
    void answersAreTheSameWithSuggestionsComputedAhead() throws Exception {
        List<String> texts = new ArrayList<>(ServerEagerAnswersTest.texts());
        texts.addAll(MORE);
        List<String> plain = answers(texts, 1);
        long before = SuggestionPrefetch.computed();
        List<String> ahead = answers(texts, 2);
        assertTrue(SuggestionPrefetch.computed() - before >= 20,
                "suggestions computed ahead: " + (SuggestionPrefetch.computed() - before));
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(plain.get(i), ahead.get(i), "text " + i + ": " + texts.get(i));
        }
    }

    private static List<String> answers(List<String> texts, int workers) throws Exception {
        List<String> answers = new ArrayList<>();
        try (TestServer server = TestServer.start(Relecture.builder().workers(workers).build(), ServerLimits.defaults())) {
            for (String text : texts) {
                HttpResponse<String> answer = server.post("/v2/check", Map.of("language", "fr", "text", text));
                assertEquals(200, answer.statusCode(), answer.body());
                answers.add(answer.body());
            }
        }
        return answers;
    }
}
