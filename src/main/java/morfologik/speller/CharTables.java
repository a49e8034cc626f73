/*
 * relecture's own class (not a copy of morfologik's), beside its copy of Speller.
 */
package morfologik.speller;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.DictionaryMetadata;

/**
 * What {@link Speller}'s edit-distance search asks of a dictionary's settings for each char it
 * compares, in arrays indexed by char instead of maps of boxed chars: a letter's equivalent
 * letters, and whether a char ends a replacement pair's target. They are the same for every
 * speller of the dictionary, so they are built once per dictionary metadata (by identity: the
 * metadata is read with its dictionary and never changed).
 */
final class CharTables {
    private static final Map<DictionaryMetadata, CharTables> BY_METADATA = new ConcurrentHashMap<>();

    /** A char's equivalent chars (null: none), as the metadata's map lists them. */
    private final char[][] equivalents;
    /** Chars that some replacement pair turns several chars into (the "any to one" targets). */
    private final boolean[] anyToOneTargets;
    /** Chars that end a two-char target of a replacement pair (the "any to two" targets). */
    private final boolean[] anyToTwoEnds;

    private CharTables(Map<Character, List<Character>> equivalents, Set<Character> anyToOneTargets,
            Set<String> anyToTwoTargets) {
        this.equivalents = new char[equivalents == null ? 0 : 1 + maxChar(equivalents.keySet())][];
        if (equivalents != null) {
            equivalents.forEach((c, list) -> {
                if (list != null) {
                    this.equivalents[c] = chars(list);
                }
            });
        }
        this.anyToOneTargets = new boolean[1 + maxChar(anyToOneTargets)];
        anyToOneTargets.forEach(c -> this.anyToOneTargets[c] = true);
        this.anyToTwoEnds = new boolean[1 + anyToTwoTargets.stream().mapToInt(s -> s.charAt(1)).max().orElse(-1)];
        anyToTwoTargets.forEach(s -> this.anyToTwoEnds[s.charAt(1)] = true);
    }

    static CharTables of(DictionaryMetadata metadata, Set<Character> anyToOneTargets, Set<String> anyToTwoTargets) {
        return BY_METADATA.computeIfAbsent(metadata,
                m -> new CharTables(m.getEquivalentChars(), anyToOneTargets, anyToTwoTargets));
    }

    /** Whether the metadata's equivalent chars of {@code x} list {@code y}. */
    boolean equivalent(char x, char y) {
        if (x >= equivalents.length || equivalents[x] == null) {
            return false;
        }
        for (char c : equivalents[x]) {
            if (c == y) {
                return true;
            }
        }
        return false;
    }

    boolean anyToOneTarget(char c) {
        return c < anyToOneTargets.length && anyToOneTargets[c];
    }

    boolean endsAnyToTwoTarget(char c) {
        return c < anyToTwoEnds.length && anyToTwoEnds[c];
    }

    private static int maxChar(Set<Character> chars) {
        return chars.stream().mapToInt(c -> c).max().orElse(-1);
    }

    private static char[] chars(List<Character> list) {
        char[] out = new char[list.size()];
        int n = 0;
        for (Character c : list) {
            if (c != null) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
