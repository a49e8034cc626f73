package org.relecture.rules.untranslated;

import java.util.Locale;

/**
 * The languages whose fragments the untranslated detector looks for: where their dictionary lies
 * (shipped by LanguageTool's language modules), how OpenNLP's language detector names them and how
 * a French message names them.
 */
enum Language {
    ITALIAN("it", "ita", "italien", "/org/languagetool/resource/it/italian.dict", "NPR"),
    ENGLISH("en", "eng", "anglais", "/org/languagetool/resource/en/english.dict", "NNP"),
    SPANISH("es", "spa", "espagnol", "/org/languagetool/resource/es/es-ES.dict", "NP");

    private final String code;
    private final String openNlpCode;
    private final String frenchName;
    private final String dictionary;
    private final String properNounTag;

    Language(String code, String openNlpCode, String frenchName, String dictionary, String properNounTag) {
        this.code = code;
        this.openNlpCode = openNlpCode;
        this.frenchName = frenchName;
        this.dictionary = dictionary;
        this.properNounTag = properNounTag;
    }

    /** ISO 639-1, as findings report it. */
    String code() {
        return code;
    }

    /** ISO 639-3, as OpenNLP's language detector reports it. */
    String openNlpCode() {
        return openNlpCode;
    }

    String frenchName() {
        return frenchName;
    }

    /** Classpath resource of the morfologik part-of-speech dictionary. */
    String dictionary() {
        return dictionary;
    }

    /** True when a dictionary tag marks a proper noun, which says nothing about the text's language. */
    boolean isProperNounTag(String tag) {
        return tag.startsWith(properNounTag);
    }

    String ruleId() {
        return "UNTRANSLATED_" + code.toUpperCase(Locale.ROOT);
    }

    String functionWordsFile() {
        return "untranslated-function-" + code + ".txt";
    }
}
