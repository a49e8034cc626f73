package org.relecture.rules.debris;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Markup left inside a line of prose: HTML tags, comments and entities, bracketed media
 * placeholders, stray pipes, and (in a plain-text document only, where it cannot be meant)
 * Markdown emphasis, links and heading markers.
 */
final class InlineMarkup {
    static final String TAGS_FILE = "debris-html-tags.txt";
    static final String CAPTIONS_FILE = "debris-bracket-captions.txt";

    private static final String MESSAGE_TAG = "Balise HTML restée dans le texte : à supprimer.";
    private static final String MESSAGE_ENTITY = "Entité HTML non décodée : à remplacer par le caractère qu'elle code.";
    private static final String MESSAGE_MEDIA = "Emplacement d'une image ou d'un média de la page web : à supprimer.";
    private static final String MESSAGE_PIPE = "Barre verticale isolée, reste de mise en page web : à supprimer.";
    private static final String MESSAGE_MARKDOWN = "Balisage Markdown resté dans un texte brut : à retirer.";

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#\\d{2,6}|#[xX][0-9a-fA-F]{2,5});");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    /** A pipe standing alone between spaces (or at an end of the line): "mot|mot" is left alone. */
    private static final Pattern PIPE = Pattern.compile("(?<=^|\\s)\\|(?=\\s|$)");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*)(?=\\S)([^*\\n]{1,300}?)(?<=\\S)\\*\\*");
    /** Two stars alone: half of a bold pair ("0612******" hides a number, "***" is a break). */
    private static final Pattern LONE_STARS = Pattern.compile("(?<![*\\p{N}])\\*\\*(?![*\\p{N}])");
    private static final Pattern MD_LINK = Pattern.compile("(!?)\\[([^\\]\\n]{0,300})\\]\\(\\s*(?:https?://|www\\.|/|#)[^)\\s]{0,1000}\\s*\\)");
    private static final Pattern MARKERS_AND_PIPES = Pattern.compile("[-*+•|\\s]*\\|[-*+•|\\s]*");
    private static final Pattern STARS_ONLY = Pattern.compile("[*\\s]*");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}[ \\t]+(?=\\p{L})");

    private final Pattern tag;
    private final Pattern media;

    private InlineMarkup(Pattern tag, Pattern media) {
        this.tag = tag;
        this.media = media;
    }

    static InlineMarkup load(RuleLibrary library) throws RuleLoadException {
        String names = alternation(library.dataList(TAGS_FILE));
        String captions = alternation(library.dataList(CAPTIONS_FILE));
        Pattern tag = Pattern.compile("</?(?:" + names + ")(?![\\w-])(?:\\s[^<>\\n]{0,400})?\\s*/?>", Texts.FLAGS);
        Pattern media = Pattern.compile("\\[\\s*(?:" + captions + ")(?![\\p{L}\\p{N}])[^\\]\\n]{0,300}\\]", Texts.FLAGS);
        return new InlineMarkup(tag, media);
    }

    private static String alternation(List<String> entries) {
        return entries.isEmpty() ? "(?!)" : entries.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** True when the line holds nothing but markup: tags, entities, list markers and pipes. */
    boolean isMarkupOnly(String line, boolean markdown) {
        String rest = COMMENT.matcher(tag.matcher(line).replaceAll(" ")).replaceAll(" ");
        rest = ENTITY.matcher(rest).replaceAll(" ");
        boolean removed = !rest.equals(line);
        if (!rest.isBlank() && MARKERS_AND_PIPES.matcher(rest.strip()).matches()) {
            // In Markdown, rows and rules of a table are made of pipes and dashes: not debris.
            if (markdown && (rest.chars().filter(c -> c == '|').count() > 1 || rest.contains("--"))) {
                return false;
            }
            return true;
        }
        return removed && rest.isBlank();
    }

    /** Reports the markup in {@code line} (absolute offsets from {@code offset}). */
    void find(String line, int offset, boolean markdown, Consumer<Hit> out) {
        each(tag, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_TAG, gap(line, m.start(), m.end()))));
        each(COMMENT, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_TAG, "")));
        each(ENTITY, line, m -> {
            String decoded = HtmlEntities.decode(m.group());
            if (decoded != null) {
                out.accept(hit(offset, m.start(), m.end(), MESSAGE_ENTITY, decoded));
            }
        });
        each(media, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_MEDIA, "")));
        if (!markdown || !looksLikeTableRow(line)) {
            each(PIPE, line, m -> {
                int[] span = withOneSpace(line, m.start(), m.end());
                out.accept(hit(offset, span[0], span[1], MESSAGE_PIPE, ""));
            });
        }
        if (markdown) {
            return;
        }
        each(MD_LINK, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_MARKDOWN,
                m.group(1).isEmpty() ? m.group(2) : "")));
        // A line of stars alone ("***", "* * *") is a section break of the text, not Markdown.
        if (!STARS_ONLY.matcher(line.strip()).matches()) {
            each(BOLD, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_MARKDOWN, m.group(2))));
            each(LONE_STARS, line, m -> out.accept(hit(offset, m.start(), m.end(), MESSAGE_MARKDOWN, "")));
        }
        each(MD_HEADING, line, m -> out.accept(hit(offset, m.start() + leadingSpaces(line), m.end(), MESSAGE_MARKDOWN, "")));
    }

    private static Hit hit(int offset, int start, int end, String message, String suggestion) {
        return new Hit(DebrisRules.MARKUP, offset + start, offset + end, message, suggestion);
    }

    private static void each(Pattern pattern, String line, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            action.accept(m);
        }
    }

    /** A tag between two words stood for a break: replace it with a space rather than glue them. */
    private static String gap(String line, int start, int end) {
        boolean wordBefore = start > 0 && !Character.isWhitespace(line.charAt(start - 1));
        boolean wordAfter = end < line.length() && !Character.isWhitespace(line.charAt(end));
        return wordBefore && wordAfter ? " " : "";
    }

    /** The pipe and one space next to it, so that deleting the span leaves single spacing. */
    private static int[] withOneSpace(String line, int start, int end) {
        if (end < line.length() && line.charAt(end) == ' ') {
            return new int[] {start, end + 1};
        }
        if (start > 0 && line.charAt(start - 1) == ' ') {
            return new int[] {start - 1, end};
        }
        return new int[] {start, end};
    }

    private static boolean looksLikeTableRow(String line) {
        String t = line.strip();
        return t.startsWith("|") || t.endsWith("|") || t.chars().filter(c -> c == '|').count() > 1;
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
