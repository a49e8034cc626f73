import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * The suggestion search alone: LanguageTool's French dictionary, a new speller per word at edit
 * distance 2 (as LanguageTool's MorfologikSpeller searches), over the words of a text the
 * dictionary does not know, each searched once (the speller's memo answers a word searched again).
 * ROUNDS rounds of WORDS distinct words; prints each round's time and the median of the last half.
 * Run it on two builds, one after the other, to compare their spellers (relecture's patched copy
 * comes first on the class path, as in the application):
 *   cat bench/corpus/out/100k/*.txt > /tmp/corpus.txt
 *   java -cp "target/classes:target/lib/*" bench/SpellerSearch.java /tmp/corpus.txt 8 200
 * Usage: java -cp CLASSES:LIBS bench/SpellerSearch.java TEXT_FILE [ROUNDS] [WORDS]
 */
public class SpellerSearch {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        URL url = Speller.class.getResource("/org/languagetool/resource/fr/french.dict");
        Dictionary dictionary = Dictionary.read(url);
        Speller checker = new Speller(dictionary, 2);
        Set<String> unknown = new LinkedHashSet<>();
        for (String token : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("[^\\p{L}'-]+")) {
            if (token.length() >= 4 && token.chars().allMatch(Character::isLetter) && checker.isMisspelled(token)) {
                unknown.add(token);
            }
        }
        List<String> words = new ArrayList<>(unknown);
        if (words.size() < rounds * perRound) {
            throw new IllegalArgumentException("only " + words.size() + " unknown words");
        }
        List<Double> times = new ArrayList<>();
        long candidates = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (String word : words.subList(r * perRound, (r + 1) * perRound)) {
                candidates += new Speller(dictionary, 2).findReplacementCandidates(word).size();
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> late = new ArrayList<>(times.subList(rounds / 2, rounds));
        late.sort(null);
        System.out.printf("rounds (ms): %s; median of the last %d: %.0f ms per %d words; candidates %d%n",
                times.stream().map(t -> String.format("%.0f", t)).toList(), late.size(), late.get(late.size() / 2),
                perRound, candidates);
    }
}
