package org.relecture.reports.html;

import java.util.EnumMap;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;

/**
 * The colour of each category in the HTML report (Tableau 10, distinct for most colour vision), and
 * the style rules that draw a highlight and switch it off when its category or severity is
 * filtered out. Generated from the enums, so a new category cannot go without a colour.
 */
public final class Palette {
    private static final Map<Category, String> COLOURS = new EnumMap<>(Map.of(
            Category.UNTRANSLATED, "#e15759",
            Category.MISTRANSLATION, "#b07aa1",
            Category.GRAMMAR, "#4e79a7",
            Category.SPELLING, "#f28e2b",
            Category.PUNCTUATION, "#76b7b2",
            Category.SPACING, "#59a14f",
            Category.TYPOGRAPHY, "#edc948",
            Category.CONSISTENCY, "#ff9da7",
            Category.STYLE, "#9c755f",
            Category.DEBRIS, "#7f7f7f"));

    private Palette() {
    }

    public static String colour(Category category) {
        String colour = COLOURS.get(category);
        if (colour == null) {
            throw new IllegalStateException("no colour for category " + category.id());
        }
        return colour;
    }

    /** Per category its colour; per category and severity the rule that switches highlights off. */
    public static String css() {
        StringBuilder css = new StringBuilder();
        for (Category c : Category.values()) {
            String colour = colour(c);
            css.append("mark.c-").append(c.id()).append(",.swatch.c-").append(c.id())
                    .append("{--c:").append(colour).append(";--bg:").append(colour).append("40}\n");
        }
        for (Category c : Category.values()) {
            css.append("#report.off-cat-").append(c.id()).append(" mark.c-").append(c.id()).append(",\n");
        }
        for (Severity s : Severity.values()) {
            css.append("#report.off-sev-").append(s.id()).append(" mark.s-").append(s.id())
                    .append(s == Severity.values()[Severity.values().length - 1] ? "" : ",").append('\n');
        }
        css.append("{background:none;border-bottom-color:transparent;outline:none}\n");
        return css.toString();
    }
}
