package org.relecture.rules.debris;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says what each line of a document is ({@link LineKind}), from the data lists and the line's shape. */
final class LineClassifier {
    /** A teaser or a title is short; a longer unpunctuated line is more likely prose that lost its full stop. */
    static final int SHORT_MAX_WORDS = 20;
    private static final int SHORT_MAX_CHARS = 160;
    private static final int MENU_ITEM_MAX_WORDS = 5;
    /** What may stand beside a link on a line that is "only a link": bullets, brackets, punctuation. */
    private static final Pattern LINK_LINE_REST = Pattern.compile("[\\s\\-*•|<>()\\[\\]:,;.→»«]*");

    private static final Pattern DASH = Pattern.compile("(?<=\\s)[—–]\\s");

    private final Boilerplate boilerplate;
    private final PatternSet embeds;
    private final Links links;
    private final InlineMarkup markup;

    LineClassifier(Boilerplate boilerplate, PatternSet embeds, Links links, InlineMarkup markup) {
        this.boilerplate = boilerplate;
        this.embeds = embeds;
        this.links = links;
        this.markup = markup;
    }

    LineKind classify(TextLine line, boolean markdown) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        String content = line.content();
        if (markup.isMarkupOnly(content, markdown)) {
            return LineKind.MARKUP;
        }
        if (!markdown && isMenu(content)) {
            return LineKind.MARKUP;
        }
        if (isLinkOnly(content)) {
            return LineKind.URL;
        }
        if (isEmbed(content) && gluedEmbed(content) < 0) {
            return LineKind.EMBED;
        }
        LineKind boiler = boilerplateKind(content);
        if (boiler != null) {
            return boiler;
        }
        return isShort(content) ? LineKind.SHORT : LineKind.PROSE;
    }

    boolean isEmbed(String text) {
        return embeds.findsIn(Texts.normalize(text));
    }

    /**
     * Where an embedded post's byline starts when it is glued after the post's text on one line
     * ("Le texte du message. — Nom (@nom) 3 mars 2024"), or -1.
     */
    int gluedEmbed(String text) {
        Matcher m = DASH.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && !text.substring(0, m.start()).isBlank() && isEmbed(text.substring(m.start()))) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * The weakest strength among a line's sentences decides, once every sentence is boilerplate of
     * some kind: BOILERPLATE when one is strong, else WEAK_BOILERPLATE when one is weak, else META.
     */
    private LineKind boilerplateKind(String content) {
        Boilerplate.Strength best = Boilerplate.Strength.NONE;
        for (int[] chunk : Texts.chunks(content)) {
            Boilerplate.Strength strength = boilerplate.of(content.substring(chunk[0], chunk[1]));
            if (strength == Boilerplate.Strength.NONE) {
                return null;
            }
            best = strength.compareTo(best) > 0 ? strength : best;
        }
        return switch (best) {
            case STRONG -> LineKind.BOILERPLATE;
            case WEAK -> LineKind.WEAK_BOILERPLATE;
            case META -> LineKind.META;
            case NONE -> null;
        };
    }

    private boolean isLinkOnly(String content) {
        List<Links.Link> found = links.find(content, 0, content.length());
        if (found.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(content);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.delete(found.get(i).start(), found.get(i).end());
        }
        return LINK_LINE_REST.matcher(rest).matches();
    }

    /**
     * A navigation bar or a footer flattened into one line: three or more short items between
     * pipes ({@code Accueil | Monde | Sport}). In Markdown, that is a table row.
     */
    static boolean isMenu(String content) {
        String[] items = content.split("\\|");
        int filled = 0;
        for (String item : items) {
            if (Texts.wordCount(item) > MENU_ITEM_MAX_WORDS) {
                return false;
            }
            if (!item.isBlank()) {
                filled++;
            }
        }
        return filled >= 3 && items.length >= 3;
    }

    /** A title, a button, a teaser link: few words and no final punctuation, or cut off by "…". */
    static boolean isShort(String content) {
        if (content.length() > SHORT_MAX_CHARS || Texts.wordCount(content) > SHORT_MAX_WORDS) {
            return false;
        }
        return !Texts.endsWithFinalMark(content) || Texts.endsWithEllipsis(content);
    }
}
