package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/** A memo answers what it knows, asks the tokenizer the rest and records only its own thread's questions. */
class TokenMemoTest {
    private static final Tokenizer FRENCH = new FrenchWordTokenizer();

    @Test
    void knownAnswersComeFromTheMemoAsMutableCopies() {
        TokenMemo memo = new TokenMemo(Map.of("peut-être", List.of("known", "answer")), Thread.currentThread());
        List<String> tokens = memo.tokenize("peut-être", FRENCH);
        assertEquals(List.of("known", "answer"), tokens);
        tokens.add("more"); // the tokenizer's own lists are mutable; callers may rely on it
        assertEquals(List.of("known", "answer"), memo.tokenize("peut-être", FRENCH));
        assertTrue(memo.recorded().isEmpty(), "what the memo knew is not recorded again");
    }

    @Test
    void otherStringsGoToTheTokenizerAndTheRecordingThreadsAreRecorded() throws Exception {
        TokenMemo memo = new TokenMemo(Map.of(), Thread.currentThread());
        assertEquals(FRENCH.tokenize("l'homme de Saint-Malo"), memo.tokenize("l'homme de Saint-Malo", FRENCH));
        List<String> elsewhere = new ArrayList<>();
        Thread other = new Thread(() -> elsewhere.addAll(memo.tokenize("aujourd'hui", FRENCH)));
        other.start();
        other.join();
        assertEquals(FRENCH.tokenize("aujourd'hui"), elsewhere);
        assertEquals(Map.of("l'homme de Saint-Malo", FRENCH.tokenize("l'homme de Saint-Malo")), memo.recorded());
    }

    @Test
    void theFrenchTokenizerAnswersFromTheMemoOnlyWhileTheSpellingRuleIsBuilt() {
        SingleWordTokenizer tokenizer = new SingleWordTokenizer(FRENCH);
        tokenizer.use(new TokenMemo(Map.of("peut-être", List.of("from", "memo")), Thread.currentThread()));
        assertEquals(List.of("from", "memo"), tokenizer.tokenize("peut-être"));
        tokenizer.use(null);
        assertEquals(FRENCH.tokenize("peut-être"), tokenizer.tokenize("peut-être"));
    }
}
