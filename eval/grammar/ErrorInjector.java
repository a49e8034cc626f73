import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

/**
 * Injects one French grammar error into clean sentences, by class, with LanguageTool 6.8's French
 * tagger, disambiguator and synthesizer (the dictionary of org.languagetool:language-fr), so that
 * a word is only changed where its part of speech makes the change an error:
 *
 * <ul>
 * <li>{@code accord_gn}: noun-phrase agreement. An adjective (not a verb form) right after a noun
 *     of one number that follows a determiner takes the other number (les fichiers importants → important); or le/la, un/une
 *     before a noun of one gender only takes the other gender (la commande → le commande).
 * <li>{@code accord_pp}: a feminine or plural past participle one or two words after a form of
 *     être becomes masculine singular (elles sont installées → installé).
 * <li>{@code a_a}: the preposition à becomes a, the verb a becomes à.
 * <li>{@code ou_ou}: the conjunction ou becomes où, the relative où becomes ou.
 * <li>{@code et_est}: the verb est (not in c'est, n'est, qu'est) becomes et, the conjunction et becomes est.
 * <li>{@code ces_ses_cest_sest}: c'est becomes s'est, s'est becomes c'est, the determiners ces and
 *     ses become c'est (ces/ses swapped would still be grammatical, so that swap is not made).
 * <li>{@code son_sont}: the determiner son (before a noun or adjective, not after a determiner)
 *     becomes sont, the verb sont becomes son.
 * <li>{@code on_ont}: the subject pronoun on becomes ont, the verb ont becomes on.
 * <li>{@code leur_leurs}: the determiner leurs becomes leur, the determiner leur before a singular
 *     noun becomes leurs, the pronoun leur before a verb becomes leurs.
 * <li>{@code infinitif_preposition}: an infinitive in -er right after pour, sans, de, d', à or par
 *     becomes its past participle in -é (pour installer → pour installé).
 * </ul>
 *
 * A replacement must be a word of the dictionary (ils ont → on is not checked that way: on is one).
 * Every other sentence is kept untouched as a clean sentence until there are as many as errors
 * wanted (so clean and erroneous sentences come from the same sources in the same proportions);
 * the others go each to the class, among those it can serve, that has the fewest items so far,
 * with a kind of edit of that class (a direction, such as à→a or a→à) and then a site drawn at
 * random. Items alternate dev and test within each kind.
 *
 * <p>Usage: java -cp 'target/lib/*' eval/grammar/ErrorInjector.java CANDIDATES.jsonl OUT.jsonl PER_CLASS SEED
 */
public final class ErrorInjector {
    static final List<String> CLASSES = List.of("accord_gn", "accord_pp", "a_a", "ou_ou", "et_est",
            "ces_ses_cest_sest", "son_sont", "on_ont", "leur_leurs", "infinitif_preposition");
    static final Set<String> PREPOSITIONS = Set.of("pour", "sans", "de", "d'", "d’", "à", "par");
    static final Pattern C_EST = Pattern.compile("(?<![\\p{L}])([cCsS])(['’])est(?![\\p{L}])");

    record Edit(String kind, String subclass, int start, int end, String replacement) {
    }

    private final JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
    private final Synthesizer synthesizer = lt.getLanguage().getSynthesizer();
    private final Tagger tagger = lt.getLanguage().getTagger();

    public static void main(String[] args) throws Exception {
        int perClass = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        ErrorInjector injector = new ErrorInjector();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> counts = new LinkedHashMap<>();
        CLASSES.forEach(c -> counts.put(c, 0));
        List<ObjectNode> errors = new ArrayList<>();
        List<JsonNode> clean = new ArrayList<>();
        int cleanWanted = perClass * CLASSES.size();
        int candidateIndex = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode candidate = json.readTree(line);
            String text = candidate.get("text").asText();
            if (clean.size() < cleanWanted && candidateIndex++ % 2 == 0) {
                clean.add(candidate);
                continue;
            }
            Map<String, List<Edit>> sites = injector.sites(text);
            String chosen = null;
            for (String c : CLASSES) {
                if (!sites.get(c).isEmpty() && counts.get(c) < perClass
                        && (chosen == null || counts.get(c) < counts.get(chosen))) {
                    chosen = c;
                }
            }
            if (chosen == null) {
                continue;
            }
            // A direction or kind of error first, then a site of it, so rare kinds get their share.
            List<String> kinds = sites.get(chosen).stream().map(Edit::subclass).distinct().toList();
            String kind = kinds.get(random.nextInt(kinds.size()));
            List<Edit> edits = sites.get(chosen).stream().filter(e -> e.subclass().equals(kind)).toList();
            Edit edit = edits.get(random.nextInt(edits.size()));
            String wrong = text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
            ObjectNode item = json.createObjectNode();
            item.put("kind", "error");
            item.put("class", chosen);
            item.put("subclass", edit.subclass());
            item.put("text", wrong);
            item.put("start", edit.start());
            item.put("end", edit.start() + edit.replacement().length());
            item.put("error", edit.replacement());
            item.put("correct", text.substring(edit.start(), edit.end()));
            item.put("original", text);
            item.put("source", candidate.get("source").asText());
            errors.add(item);
            counts.merge(chosen, 1, Integer::sum);
        }
        if (counts.values().stream().anyMatch(n -> n < perClass) || clean.size() < cleanWanted) {
            throw new IllegalStateException("too few sentences: " + counts + ", " + clean.size() + " clean");
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            int[] index = new int[2];
            for (String c : CLASSES) {
                for (ObjectNode item : errors) {
                    if (item.get("class").asText().equals(c)) {
                        write(out, json, item, "e", index);
                    }
                }
            }
            for (JsonNode candidate : clean) {
                ObjectNode item = json.createObjectNode();
                item.put("kind", "clean");
                item.put("text", candidate.get("text").asText());
                item.put("source", candidate.get("source").asText());
                write(out, json, item, "c", index);
            }
        }
        System.err.println(errors.size() + " sentences with an error, " + errors.size() + " clean: " + counts);
    }

    private static void write(BufferedWriter out, ObjectMapper json, ObjectNode item, String prefix, int[] index)
            throws Exception {
        int n = prefix.equals("e") ? index[0]++ : index[1]++;
        ObjectNode ordered = json.createObjectNode();
        ordered.put("id", String.format(Locale.ROOT, "%s%04d", prefix, n));
        ordered.put("split", n % 2 == 0 ? "dev" : "test");
        ordered.setAll(item);
        out.write(json.writeValueAsString(ordered));
        out.newLine();
    }

    /** Every possible edit of the sentence, per class. */
    Map<String, List<Edit>> sites(String text) throws Exception {
        Map<String, List<Edit>> sites = new LinkedHashMap<>();
        CLASSES.forEach(c -> sites.put(c, new ArrayList<>()));
        AnalyzedSentence sentence = lt.getAnalyzedSentence(text);
        AnalyzedTokenReadings[] t = sentence.getTokensWithoutWhitespace();
        for (int i = 1; i < t.length; i++) {
            String word = t[i].getToken();
            String lower = word.toLowerCase(Locale.ROOT);
            String prev = t[i - 1].getToken().toLowerCase(Locale.ROOT);
            AnalyzedTokenReadings next = i + 1 < t.length ? t[i + 1] : null;
            int start = t[i].getStartPos();
            int end = start + word.length();
            boolean midSentence = i > 1 && word.equals(lower);
            // Noun-phrase agreement.
            if (i >= 3 && has(t[i - 2], "D .*") && has(t[i - 1], "N [mfe] [sp]") && has(t[i], "J .*")
                    && !has(t[i], "V .*") && midSentence) {
                String number = number(t[i - 1], "N");
                if (number != null) {
                    for (String form : forms(t[i], "J", other(number))) {
                        sites.get("accord_gn").add(new Edit("accord_gn", "adjectif_nombre", start, end, form));
                    }
                }
            }
            if ((lower.equals("le") || lower.equals("la") || lower.equals("un") || lower.equals("une"))
                    && next != null && onlyGender(next, lower.equals("le") || lower.equals("un") ? "m" : "f")) {
                String swapped = switch (lower) {
                    case "le" -> "la";
                    case "la" -> "le";
                    case "un" -> "une";
                    default -> "un";
                };
                sites.get("accord_gn").add(new Edit("accord_gn", "determinant_genre", start, end, sameCase(word, swapped)));
            }
            // Past participle after être.
            if (midSentence && has(t[i], "V ppa (f [sp]|m p)") && !has(t[i], "V ppa m (s|sp)")
                    && (etre(t[i - 1]) || (i >= 2 && etre(t[i - 2])))) {
                for (String form : synthesize(t[i], "V ppa m s")) {
                    if (!form.equals(word)) {
                        sites.get("accord_pp").add(new Edit("accord_pp", "participe", start, end, form));
                    }
                }
            }
            // Homophones.
            if (midSentence) {
                if (word.equals("à") && has(t[i], "P")) {
                    sites.get("a_a").add(new Edit("a_a", "à→a", start, end, "a"));
                } else if (word.equals("a") && has(t[i], "V avoir.*")) {
                    sites.get("a_a").add(new Edit("a_a", "a→à", start, end, "à"));
                } else if (word.equals("ou") && has(t[i], "C coor")) {
                    sites.get("ou_ou").add(new Edit("ou_ou", "ou→où", start, end, "où"));
                } else if (word.equals("où")) {
                    sites.get("ou_ou").add(new Edit("ou_ou", "où→ou", start, end, "ou"));
                } else if (word.equals("est") && has(t[i], "V etre.*") && t[i].isWhitespaceBefore()) {
                    sites.get("et_est").add(new Edit("et_est", "est→et", start, end, "et"));
                } else if (word.equals("et") && has(t[i], "C coor")) {
                    sites.get("et_est").add(new Edit("et_est", "et→est", start, end, "est"));
                } else if ((word.equals("ces") || word.equals("ses")) && has(t[i], "D .*")) {
                    sites.get("ces_ses_cest_sest").add(new Edit("ces_ses_cest_sest", word + "→c'est", start, end, "c'est"));
                } else if (word.equals("son") && has(t[i], "D .*") && !has(t[i - 1], "D .*") && next != null
                        && has(next, "[NJ] .*") && !has(next, "V .*")) {
                    sites.get("son_sont").add(new Edit("son_sont", "son→sont", start, end, "sont"));
                } else if (word.equals("sont") && has(t[i], "V etre.*")) {
                    sites.get("son_sont").add(new Edit("son_sont", "sont→son", start, end, "son"));
                } else if (word.equals("on") && has(t[i], "R pers suj.*")) {
                    sites.get("on_ont").add(new Edit("on_ont", "on→ont", start, end, "ont"));
                } else if (word.equals("ont") && has(t[i], "V avoir.*")) {
                    sites.get("on_ont").add(new Edit("on_ont", "ont→on", start, end, "on"));
                } else if (word.equals("leurs") && has(t[i], "D .*") && next != null && has(next, "N .* p")) {
                    sites.get("leur_leurs").add(new Edit("leur_leurs", "leurs→leur", start, end, "leur"));
                } else if (word.equals("leur") && next != null && !has(t[i - 1], "D .*")) {
                    if (has(t[i], "D .*") && only(next, "N [mfe] s")) {
                        sites.get("leur_leurs").add(new Edit("leur_leurs", "leur→leurs (déterminant)", start, end, "leurs"));
                    } else if (has(t[i], "R pers obj.*") && has(next, "V .*") && !has(next, "[NJD] .*")) {
                        sites.get("leur_leurs").add(new Edit("leur_leurs", "leur→leurs (pronom)", start, end, "leurs"));
                    }
                }
            }
            // Infinitive after a preposition.
            if (PREPOSITIONS.contains(prev) && midSentence && lower.endsWith("er") && has(t[i], "V inf")) {
                String participle = word.substring(0, word.length() - 2) + "é";
                if (known(participle)) {
                    sites.get("infinitif_preposition").add(new Edit("infinitif_preposition", "-er→-é", start, end, participle));
                }
            }
        }
        Matcher m = C_EST.matcher(text);
        while (m.find()) {
            String letter = m.group(1);
            String other = letter.equalsIgnoreCase("c") ? (letter.equals("c") ? "s" : "S") : (letter.equals("s") ? "c" : "C");
            sites.get("ces_ses_cest_sest").add(new Edit("ces_ses_cest_sest", letter.toLowerCase(Locale.ROOT) + "'est→"
                    + other.toLowerCase(Locale.ROOT) + "'est", m.start(), m.end(), other + m.group(2) + "est"));
        }
        return sites;
    }

    private static boolean has(AnalyzedTokenReadings token, String posRegex) {
        return token.getReadings().stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().matches(posRegex));
    }

    /** Every tagged reading matches (the word has no other part of speech); the disambiguator's
     * chunk tags (_GN_MS...) are not parts of speech. */
    private static boolean only(AnalyzedTokenReadings token, String posRegex) {
        List<AnalyzedToken> tagged = token.getReadings().stream()
                .filter(r -> r.getPOSTag() != null && !r.getPOSTag().startsWith("_")).toList();
        return !tagged.isEmpty() && tagged.stream().allMatch(r -> r.getPOSTag().matches(posRegex));
    }

    /** A noun that has only readings of one gender (not épicène). */
    private static boolean onlyGender(AnalyzedTokenReadings token, String gender) {
        return only(token, "N " + gender + " (s|sp)");
    }

    private static boolean etre(AnalyzedTokenReadings token) {
        return token.getReadings().stream().anyMatch(r -> "être".equals(r.getLemma()) && r.getPOSTag() != null
                && r.getPOSTag().startsWith("V etre"));
    }

    /** The grammatical number of the token's readings of that part of speech when they all agree. */
    private static String number(AnalyzedTokenReadings token, String pos) {
        Set<String> numbers = new java.util.HashSet<>();
        for (AnalyzedToken r : token.getReadings()) {
            if (r.getPOSTag() != null && r.getPOSTag().startsWith(pos + " ")) {
                String[] parts = r.getPOSTag().split(" ");
                numbers.add(parts[parts.length - 1]);
            }
        }
        return numbers.size() == 1 && !numbers.contains("sp") ? numbers.iterator().next() : null;
    }

    private static String other(String number) {
        return number.equals("s") ? "p" : "s";
    }

    /** The adjective's forms in the other number, same gender, that are not also forms of its number. */
    private List<String> forms(AnalyzedTokenReadings adjective, String pos, String number) throws Exception {
        List<String> out = new ArrayList<>();
        for (AnalyzedToken r : adjective.getReadings()) {
            if (r.getPOSTag() == null || !r.getPOSTag().startsWith(pos + " ")) {
                continue;
            }
            String gender = r.getPOSTag().split(" ")[1];
            for (String form : synthesizer.synthesize(r, pos + " " + gender + " " + number)) {
                if (!form.equals(adjective.getToken()) && !out.contains(form) && !hasNumber(form, pos, other(number))) {
                    out.add(form);
                }
            }
        }
        return out;
    }

    private boolean hasNumber(String form, String pos, String number) throws Exception {
        for (AnalyzedTokenReadings tr : tagger.tag(List.of(form))) {
            for (AnalyzedToken r : tr.getReadings()) {
                if (r.getPOSTag() != null && r.getPOSTag().matches(pos + " [mfe] (" + number + "|sp)")) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> synthesize(AnalyzedTokenReadings token, String tag) throws Exception {
        List<String> out = new ArrayList<>();
        for (AnalyzedToken r : token.getReadings()) {
            if (r.getPOSTag() != null && r.getPOSTag().startsWith("V ppa")) {
                for (String form : synthesizer.synthesize(r, tag)) {
                    if (!out.contains(form)) {
                        out.add(form);
                    }
                }
            }
        }
        return out;
    }

    private boolean known(String word) throws Exception {
        return tagger.tag(List.of(word)).stream().anyMatch(tr -> tr.getReadings().stream().anyMatch(r -> r.getPOSTag() != null));
    }

    private static String sameCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }

    static {
        // LanguageTool logs through SLF4J; the tool prints only its summary.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
}
