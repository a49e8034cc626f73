package org.relecture.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.languagetool.Language;
import org.languagetool.Languages;

/** The languages the server accepts: French and its variants; {@code auto} is taken as French. */
final class FrenchVariants {
    private static final String FRENCH = "fr";

    private FrenchVariants() {
    }

    static List<Language> all() {
        return Languages.get().stream().filter(l -> FRENCH.equals(l.getShortCode())).toList();
    }

    static Language of(Optional<String> code) throws HttpError {
        if (code.isEmpty() || code.get().isBlank()) {
            throw HttpError.badRequest("missing 'language' parameter (relecture checks French: fr, fr-FR, auto)");
        }
        String requested = code.get().trim();
        if (requested.equalsIgnoreCase("auto")) {
            return Languages.getLanguageForShortCode(FRENCH);
        }
        if (supported(requested)) {
            Language language = Languages.getLanguageForShortCode(requested);
            if (FRENCH.equals(language.getShortCode())) {
                return language;
            }
        } else if (requested.toLowerCase(Locale.ROOT).startsWith(FRENCH + "-")) {
            return Languages.getLanguageForShortCode(FRENCH);
        }
        throw HttpError.badRequest("relecture checks French only, not '" + requested + "' (use fr, fr-FR or auto)");
    }

    /** LanguageTool refuses some codes (a NUL character, found by CheckRequestFuzzTest) by throwing. */
    private static boolean supported(String code) {
        try {
            return Languages.isLanguageSupported(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
