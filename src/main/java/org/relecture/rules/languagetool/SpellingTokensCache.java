package org.relecture.rules.languagetool;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import morfologik.stemming.Dictionary;
import org.languagetool.language.French;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;
import org.relecture.rules.TokenMemo;
import org.relecture.text.AtomicOutput;

/**
 * Keeps the word tokenizer's answers for the lines of LanguageTool's French spelling word lists,
 * so that a new JVM builds the spelling rule without tokenizing them again.
 *
 * <p>The spelling rule's constructor passes each line of its word lists that holds an apostrophe,
 * a hyphen or a space (about 15,000) through LanguageTool's French word tokenizer, to tell single
 * words from multi-word entries: the largest block of the start-up thread's CPU in a profile of a
 * cold JVM (README, "Start-up: where the seconds go"), during which the first check's
 * JLanguageTool waits for the rule.
 * The answers depend on nothing but LanguageTool's jars (the tokenizer, the word lists, the tagger's
 * dictionary it asks about hyphenated words), so the first run records them ({@link TokenMemo})
 * and writes them into the cache folder, next to {@link SpellingDictionaryCache}'s file, and later
 * runs give them back to the tokenizer, which still answers any line not in the file itself.
 * The file's name carries a checksum of those jars, its content a CRC; a damaged, foreign or
 * missing file is ignored and the lines are tokenized as before.
 */
final class SpellingTokensCache {
    private static final int MAGIC = 0x5253544b; // "RSTK"
    private static final int FORMAT = 1;
    private static final String PREFIX = "spelling-tokens-";
    private static final String SUFFIX = ".tokens";

    private final Path folder;

    SpellingTokensCache(Path folder) {
        this.folder = folder;
    }

    /** The answers of this LanguageTool's file, or none when it is missing or unreadable. */
    Map<String, List<String>> load() {
        try {
            Path file = file();
            return Files.isRegularFile(file) ? read(Files.readAllBytes(file)) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Writes the answers into this LanguageTool's file (under a name of its own, then renamed, so
     * no run reads half a file) and removes the files of other versions.
     */
    void save(Map<String, List<String>> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        try {
            byte[] bytes = write(tokens);
            Files.createDirectories(folder);
            Path file = file();
            try (AtomicOutput out = AtomicOutput.create(file)) {
                out.stream().write(bytes);
                out.commit();
            }
            CacheFiles.removeOthers(folder, PREFIX, SUFFIX, file);
        } catch (IOException | RuntimeException e) {
            // Only a head start for the next run, which tokenizes the lines itself again.
        }
    }

    /**
     * This LanguageTool's file, named after the jars the answers come from: LanguageTool's (the
     * spelling rule, the French tokenizer and word lists), the tagger's dictionary and Morfologik's.
     */
    Path file() throws IOException {
        return CacheFiles.file(folder, PREFIX, SUFFIX, FORMAT,
                new Class<?>[] {SpellingCheckRule.class, French.class, FrenchWordTokenizer.class, Dictionary.class},
                "/org/languagetool/resource/fr/french.dict");
    }

    static byte[] write(Map<String, List<String>> tokens) throws IOException {
        return SealedBytes.seal(MAGIC, FORMAT, out -> {
            out.writeInt(tokens.size());
            for (Map.Entry<String, List<String>> entry : new TreeMap<>(tokens).entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().size());
                for (String token : entry.getValue()) {
                    out.writeUTF(token);
                }
            }
        });
    }

    static Map<String, List<String>> read(byte[] bytes) throws IOException {
        DataInputStream in = SealedBytes.open(bytes, MAGIC, FORMAT);
        int count = in.readInt();
        Map<String, List<String>> tokens = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String line = in.readUTF();
            int size = in.readInt();
            if (size < 0 || size > line.length() + 1) {
                throw new IOException("damaged");
            }
            List<String> list = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                list.add(in.readUTF());
            }
            tokens.put(line, List.copyOf(list));
        }
        if (in.available() != 0) {
            throw new IOException("damaged");
        }
        return tokens;
    }
}
