package org.relecture.rules.technical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * Finds the technical text of a document: commands, options, file and package names and
 * identifiers, which are neither French words to correct nor foreign words left untranslated.
 * <ol>
 *   <li>code written as code: backquotes and fenced blocks (Markdown's code is the document's
 *       markup, which no rule reads);</li>
 *   <li>tokens written as code ({@link CodeTokens}: options, paths, file names, identifiers);</li>
 *   <li>commands ({@code technical-commands.txt}) with their arguments: code, capitals, numbers
 *       and signs, words French does not have, and the listed subcommands ({@code git clone URL},
 *       {@code pip install requests}, {@code at 4pm + 3 days}); a command that is also a word ({@code at}, {@code find})
 *       only where the document shows it as one: followed by code, after a cue, or written as
 *       code elsewhere;</li>
 *   <li>the word a cue names ({@code technical-cues.txt}: {@code la commande while},
 *       {@code le paquet libtruc}, {@code l'option d'interpréteur nocasematch}) when it is no
 *       French word;</li>
 *   <li>a lone {@code --} in a document that writes options, and a term with its translation in
 *       brackets ({@code noon (midi)}, {@code porte dérobée (backdoor)});</li>
 *   <li>every other occurrence of a word the steps above found that is no French word (not the
 *       words of a web address): a document that writes {@code --norc} or {@code la commande
 *       until} uses {@code norc} and {@code until} as identifiers everywhere.</li>
 * </ol>
 */
public final class TechnicalText {
    public static final String COMMANDS = "technical-commands.txt";
    public static final String CUES = "technical-cues.txt";
    public static final String EXTENSIONS = "technical-extensions.txt";
    /** The section of the command list whose names are also words, and so need the document's evidence. */
    static final String WORD_COMMANDS = "Commands that are also words";

    /** Nothing is technical: what a checker built without rule folders knows. */
    public static final TechnicalText NONE = new TechnicalText(Map.of(), List.of(), List.of());

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern BACKQUOTED = Pattern.compile("`[^`\\n]+`");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*```.*$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}]+");
    /** Web and e-mail addresses: code, but their words are words ({@code exemple.fr/cooperation}). */
    private static final Pattern WEB = Pattern.compile("://|^www\\.|@");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\p{Lu}[\\p{Lu}\\d_]+");
    private static final Pattern ELIDED = Pattern.compile("(?i)^(?:l|d|qu|j|s|n|m|c)['’]");
    private static final String OPENERS = "«\"“‘'([";
    private static final String CLOSERS = "»\"”’')],;:.!?…";
    private static final String CLAUSE_ENDS = ",;:.!?»\"”…";
    /** Arguments read after a command, at most. */
    private static final int MAX_ARGUMENTS = 6;
    /** Complements and capitals between a cue and the identifier it names, at most, plus one. */
    private static final int CUE_REACH = 3;
    /** Words of a translation in brackets, at most. */
    private static final int GLOSS_WORDS = 3;
    private static final Set<String> COORDINATION = Set.of("et", "ou");

    private final Set<String> commands = new HashSet<>();
    private final Set<String> wordCommands = new HashSet<>();
    private final Set<String> cues = new HashSet<>();
    /** {@code git clone}: a subcommand is an argument even when French has the word. */
    private final Set<String> subcommands = new HashSet<>();
    private final CodeTokens code;

    public TechnicalText(RuleLibrary library) throws RuleLoadException {
        this(library.dataSections(COMMANDS), library.dataList(CUES), library.dataList(EXTENSIONS));
    }

    TechnicalText(Map<String, List<String>> commandSections, List<String> cues, List<String> extensions) {
        commandSections.forEach((section, names) -> {
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT).strip();
                if (lower.contains(" ")) {
                    subcommands.add(lower.replaceAll("\\s+", " "));
                } else if (section.equals(WORD_COMMANDS) || FrenchLexicon.get().isWord(lower)) {
                    // A name French also writes as a word (« du », « python ») needs the document's evidence too.
                    wordCommands.add(lower);
                } else {
                    commands.add(lower);
                }
            }
        });
        cues.forEach(c -> this.cues.add(c.toLowerCase(Locale.ROOT)));
        Set<String> ext = new HashSet<>();
        extensions.forEach(e -> ext.add(e.toLowerCase(Locale.ROOT)));
        this.code = new CodeTokens(ext);
    }

    /** One whitespace-delimited token: its core without surrounding punctuation, and whether a clause ends after it. */
    private record Token(int start, int end, String core, boolean clauseEnd, boolean opensBracket, boolean closesBracket) {
        String lower() {
            return core.toLowerCase(Locale.ROOT);
        }
    }

    public TechnicalSpans find(Document document) {
        if (commands.isEmpty() && cues.isEmpty() && wordCommands.isEmpty()) {
            return TechnicalSpans.NONE;
        }
        String text = document.text();
        List<int[]> spans = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        // What only a cue or a bracket shows: a word the text names, which may still be foreign.
        List<int[]> named = new ArrayList<>();
        Set<String> namedIdentifiers = new HashSet<>();
        writtenAsCode(document, spans, identifiers);
        List<Token> tokens = tokens(document);
        boolean[] isCode = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (code.isCode(t.core())) {
                isCode[i] = true;
                spans.add(new int[] {t.start(), t.end()});
                if (!WEB.matcher(t.core()).find()) {
                    addWords(t.core(), identifiers);
                }
            }
        }
        Set<String> shownAsCode = Set.copyOf(identifiers);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            boolean afterCue = i > 0 && isCue(tokens.get(i - 1));
            boolean command = commands.contains(word) && plainWord(tokens.get(i).core())
                    || wordCommands.contains(word) && (afterCue && !FrenchLexicon.get().isWord(word) || shownAsCode.contains(word)
                    || i + 1 < tokens.size() && !tokens.get(i).clauseEnd()
                    && (isCode[i + 1] || subcommands.contains(word + " " + tokens.get(i + 1).lower())));
            if (command) {
                markCommand(tokens, isCode, i, spans, identifiers);
            } else if (isCue(tokens.get(i))) {
                markNamed(tokens, isCode, i, named, namedIdentifiers);
            }
        }
        markDashes(tokens, isCode, spans);
        markGlosses(tokens, named);
        for (Token t : tokens) {
            if (identifiers.contains(t.lower())) {
                spans.add(new int[] {t.start(), t.end()});
            } else if (namedIdentifiers.contains(t.lower())) {
                named.add(new int[] {t.start(), t.end()});
            }
        }
        return new TechnicalSpans(spans, named, text);
    }

    /** The command, and its arguments up to a clause's end or a French word. */
    private void markCommand(List<Token> tokens, boolean[] isCode, int i, List<int[]> spans, Set<String> identifiers) {
        Token command = tokens.get(i);
        spans.add(new int[] {command.start(), command.end()});
        if (!FrenchLexicon.get().isWord(command.lower())) {
            identifiers.add(command.lower());
        }
        for (int j = i + 1; j < tokens.size() && j <= i + MAX_ARGUMENTS && !tokens.get(j - 1).clauseEnd(); j++) {
            Token argument = tokens.get(j);
            boolean placeholder = PLACEHOLDER.matcher(argument.core()).matches()
                    || argument.core().chars().noneMatch(Character::isLetter)
                    || j == i + 1 && subcommands.contains(command.lower() + " " + argument.lower());
            if (!isCode[j] && !placeholder && !isIdentifier(argument.core())) {
                return;
            }
            spans.add(new int[] {argument.start(), argument.end()});
            if (!isCode[j] && !placeholder) {
                identifiers.add(argument.lower());
            }
        }
    }

    /**
     * After a cue, the identifier it names: the next word when it is no French word, past a
     * complement or capitals ({@code l'option d'interpréteur nocasematch}, {@code la bibliothèque
     * GNU readline}; not {@code un paquet manque guarda}), and those joined to it by {@code et} or {@code ou} ({@code les interfaces
     * regcomp et regexec}).
     */
    private void markNamed(List<Token> tokens, boolean[] isCode, int cue, List<int[]> spans, Set<String> identifiers) {
        for (int j = cue + 1; j < tokens.size() && j <= cue + CUE_REACH; j++) {
            Token t = tokens.get(j);
            boolean placeholder = PLACEHOLDER.matcher(t.core()).matches();
            if (!isCode[j] && !placeholder && isIdentifier(t.core())) {
                spans.add(new int[] {t.start(), t.end()});
                identifiers.add(t.lower());
                for (int k = j + 2; k < tokens.size() && COORDINATION.contains(tokens.get(k - 1).lower())
                        && isIdentifier(tokens.get(k).core()); k += 2) {
                    spans.add(new int[] {tokens.get(k).start(), tokens.get(k).end()});
                    identifiers.add(tokens.get(k).lower());
                }
                return;
            }
            if (isCode[j] || t.clauseEnd() || !(placeholder || isComplement(t.core()))) {
                return;
            }
        }
    }

    /** A lone {@code -} or {@code --} is code in a document that writes options: the end of options, stdin. */
    private static void markDashes(List<Token> tokens, boolean[] isCode, List<int[]> spans) {
        boolean options = false;
        for (int i = 0; i < tokens.size() && !options; i++) {
            options = isCode[i] && tokens.get(i).core().startsWith("-");
        }
        for (int i = 0; options && i < tokens.size(); i++) {
            if (tokens.get(i).core().matches("--?")) {
                spans.add(new int[] {tokens.get(i).start(), tokens.get(i).end()});
            }
        }
    }

    /**
     * A term and its translation in brackets: the foreign word before a French gloss
     * ({@code noon (midi)}, {@code weeks (semaines)}) and the foreign gloss after a French word
     * ({@code porte dérobée (backdoor)}) are names of things, not text to translate or correct.
     */
    private static void markGlosses(List<Token> tokens, List<int[]> spans) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i + 1).opensBracket() || tokens.get(i).clauseEnd()) {
                continue;
            }
            int close = i + 1;
            while (close < tokens.size() - 1 && close < i + GLOSS_WORDS && !tokens.get(close).closesBracket()) {
                close++;
            }
            if (!tokens.get(close).closesBracket()) {
                continue;
            }
            List<Token> gloss = tokens.subList(i + 1, close + 1);
            Token word = tokens.get(i);
            if (isIdentifier(word.core()) && gloss.stream().allMatch(t -> isFrenchWord(t.core()))) {
                spans.add(new int[] {word.start(), word.end()});
            } else if (isFrenchWord(word.core()) && gloss.stream().allMatch(t -> isIdentifier(t.core()))) {
                spans.add(new int[] {gloss.get(0).start(), gloss.get(gloss.size() - 1).end()});
            }
        }
    }

    /** A complement a cue may take before the name: {@code d'interpréteur} in {@code l'option d'interpréteur nocasematch}. */
    private static boolean isComplement(String core) {
        return core.length() > 2 && (core.startsWith("d'") || core.startsWith("d’")) && isFrenchWord(core);
    }

    /** A word French has, an elided article or preposition before it left out ({@code d'interpréteur}). */
    private static boolean isFrenchWord(String core) {
        String word = ELIDED.matcher(core).replaceFirst("");
        return !word.isEmpty() && FrenchLexicon.get().isWord(word);
    }

    /** A word of letters the French dictionary does not know: {@code install}, {@code requests}, {@code norc}. */
    private static boolean isIdentifier(String core) {
        return LETTERS.matcher(core).matches() && !FrenchLexicon.get().isWord(core);
    }

    /** Letters (and inner hyphens) in lower case or capitalised: {@code git}, {@code Bash}, {@code apt-get}. */
    private static boolean plainWord(String core) {
        return core.matches("\\p{L}[\\p{Ll}\\d-]*");
    }

    private boolean isCue(Token token) {
        if (token.clauseEnd()) {
            return false;
        }
        return cues.contains(ELIDED.matcher(token.lower()).replaceFirst(""));
    }

    /**
     * Code in backquotes and fenced blocks (Markdown's too: the other markup, link targets above
     * all, holds words of prose): spans, and its words that are no French words.
     */
    private static void writtenAsCode(Document document, List<int[]> spans, Set<String> identifiers) {
        String text = document.text();
        Matcher quoted = BACKQUOTED.matcher(text);
        while (quoted.find()) {
            spans.add(new int[] {quoted.start(), quoted.end()});
            addWords(quoted.group(), identifiers);
        }
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int start = fence.start();
            int end = fence.find() ? fence.end() : text.length();
            spans.add(new int[] {start, end});
            addWords(text.substring(start, end), identifiers);
        }
    }

    /** The words of code that the French dictionary does not know, in lower case. */
    private static void addWords(String code, Set<String> into) {
        Matcher m = LETTERS.matcher(code);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!into.contains(word) && !FrenchLexicon.get().isWord(word)) {
                into.add(word);
            }
        }
    }

    /** The document's tokens outside markup, each without the quotes and punctuation around it. */
    private static List<Token> tokens(Document document) {
        String text = document.text();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean bracketOpen = false;
        while (m.find()) {
            if (document.touchesMarkup(m.start(), m.end())) {
                continue;
            }
            int s = m.start();
            int e = m.end();
            while (s < e && OPENERS.indexOf(text.charAt(s)) >= 0) {
                bracketOpen |= text.charAt(s) == '(';
                s++;
            }
            boolean clauseEnd = false;
            // Kept up to date as closers go, rather than counted again for each: a link followed by
            // thousands of brackets would otherwise cost their number squared.
            int depth = depth(text, s, e);
            while (e > s && CLOSERS.indexOf(text.charAt(e - 1)) >= 0
                    && !(text.charAt(e - 1) == ')' && depth == 0)) {
                clauseEnd |= CLAUSE_ENDS.indexOf(text.charAt(e - 1)) >= 0;
                depth -= depth(text, e - 1, e);
                e--;
            }
            if (s < e) {
                boolean closes = text.substring(e, m.end()).indexOf(')') >= 0;
                tokens.add(new Token(s, e, text.substring(s, e), clauseEnd || lineBreakAfter(text, m.end()), bracketOpen, closes));
                bracketOpen = false;
            }
        }
        return tokens;
    }

    /**
     * Opening parentheses of {@code text[s..e)} less closing ones; 0 when they pair up:
     * {@code printf(3)} keeps its bracket, {@code (voir nice(1))} loses one.
     */
    private static int depth(String text, int s, int e) {
        int depth = 0;
        for (int i = s; i < e; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth;
    }

    /** A line break ends a clause too: a command at the end of a line takes no argument from the next. */
    private static boolean lineBreakAfter(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
