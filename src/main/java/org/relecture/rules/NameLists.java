package org.relecture.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data lists {@link NameEvidence} reads: the cues after which a capitalised word is a name
 * ({@code names-cues.txt}: {@code M.}, {@code la ministre}, {@code l'entreprise}) and the
 * lower-case particles a compound name may hold ({@code names-particles.txt}: {@code sur},
 * {@code al}, {@code d}).
 */
public final class NameLists {
    public static final String CUES = "names-cues.txt";
    public static final String PARTICLES = "names-particles.txt";

    /** No cue and no particle: what a checker built without rule folders knows. */
    public static final NameLists NONE = new NameLists(List.of(), List.of());

    private static final String SPACE = "[\\s\\u00a0\\u202f]+";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*";

    /** A cue, an optional « de » of a place, and the run of capitalised words after it (group 1). */
    private final Pattern afterCue;
    private final Set<String> particles;

    public NameLists(List<String> cues, List<String> particles) {
        this.particles = particles.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.afterCue = cues.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:"
                + cues.stream().map(NameLists::cuePattern).collect(Collectors.joining("|"))
                + ")" + SPACE + "(?:(?:de|du|des)" + SPACE + "|d['’])?"
                + "(?-i)(" + NAME_WORD + "(?:" + SPACE + NAME_WORD + ")*)");
    }

    private static String cuePattern(String cue) {
        String[] words = cue.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : SPACE).append(Pattern.quote(word));
        }
        // A cue that is a whole word must end at a word's end; one that ends with a full stop already does.
        return out + (cue.endsWith(".") ? "" : "(?![\\p{L}\\p{M}])");
    }

    /** The cue pattern; group 1 is the run of names after a cue. Null when there is no cue. */
    Pattern afterCue() {
        return afterCue;
    }

    /** True when the word (any case) may stand in lower case between the parts of a compound name. */
    boolean isParticle(String word) {
        return particles.contains(word.toLowerCase(Locale.ROOT));
    }
}
