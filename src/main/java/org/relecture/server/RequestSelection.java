package org.relecture.server;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;

/**
 * The rules one request asks for, with LanguageTool's parameters: {@code level},
 * {@code enabledRules}, {@code disabledRules}, {@code enabledCategories},
 * {@code disabledCategories} and {@code enabledOnly}. Categories are LanguageTool's ids
 * ({@code TYPOS}, {@code CAT_GRAMMAIRE}) or relecture's ({@code debris}), in any case. As in
 * LanguageTool, ids the server does not know are ignored (clients send their whole
 * configuration), and a rule named in {@code enabledRules} runs even when its level is picky
 * (a category does not bring in its picky rules: the level decides those).
 */
record RequestSelection(Level level, Set<String> enabledRules, Set<String> disabledRules,
                        List<String> enabledCategories, List<String> disabledCategories, boolean enabledOnly) {

    static RequestSelection read(RequestParams params, Level serverLevel) throws HttpError {
        Level level = serverLevel;
        Optional<String> requested = params.get("level");
        if (requested.isPresent()) {
            level = switch (requested.get().toLowerCase(Locale.ROOT)) {
                case "default", "" -> Level.DEFAULT;
                case "picky" -> Level.PICKY;
                default -> throw HttpError.badRequest("'level' must be default or picky, not '" + requested.get() + "'");
            };
        }
        RequestSelection selection = new RequestSelection(level, upper(params.list("enabledRules")),
                upper(params.list("disabledRules")), params.list("enabledCategories"),
                params.list("disabledCategories"), params.flag("enabledOnly"));
        if (selection.enabledOnly && selection.enabledRules.isEmpty() && selection.enabledCategories.isEmpty()) {
            throw HttpError.badRequest("'enabledOnly' needs 'enabledRules' or 'enabledCategories'");
        }
        if (selection.enabledOnly && !(selection.disabledRules.isEmpty() && selection.disabledCategories.isEmpty())) {
            throw HttpError.badRequest("'enabledOnly' cannot be combined with disabled rules or categories");
        }
        return selection;
    }

    private static Set<String> upper(List<String> ids) {
        Set<String> out = new HashSet<>();
        ids.forEach(id -> out.add(id.toUpperCase(Locale.ROOT)));
        return out;
    }

    /** True when the request wants this rule's findings. */
    boolean accepts(RuleCatalog.Entry rule) {
        if (disabledRules.contains(id(rule)) || inAny(rule, disabledCategories)) {
            return false;
        }
        boolean byId = enabledRules.contains(id(rule));
        if (!byId && level == Level.DEFAULT && rule.info().level() == Level.PICKY) {
            return false;
        }
        return !enabledOnly || byId || inAny(rule, enabledCategories);
    }

    /**
     * The LanguageTool level to check at: picky when asked for, or when a picky rule is enabled
     * by id (the default level would not run it).
     */
    Level checkLevel(RuleCatalog catalog) {
        if (level == Level.PICKY) {
            return Level.PICKY;
        }
        for (String id : enabledRules) {
            if (catalog.get(id).filter(r -> r.info().level() == Level.PICKY && accepts(r)).isPresent()) {
                return Level.PICKY;
            }
        }
        return Level.DEFAULT;
    }

    private static String id(RuleCatalog.Entry rule) {
        return rule.info().id().toUpperCase(Locale.ROOT);
    }

    private static boolean inAny(RuleCatalog.Entry rule, List<String> categories) {
        for (String category : categories) {
            if (RuleCatalog.inCategory(rule, category)) {
                return true;
            }
        }
        return false;
    }

    /** The filter a checker applies, for rules the catalog knows. */
    Predicate<RuleInfo> filter(RuleCatalog catalog) {
        return info -> catalog.get(info.id()).map(this::accepts).orElse(false);
    }
}
