package org.relecture.rules.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One official name of several words ({@code Union européenne}) and the pattern that finds it with
 * its last word cut short ({@code Union europ}): the other words as written in the list (case
 * aside, any kind of space or apostrophe), then a word of two letters or more.
 */
final class OfficialName {
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}]+|[^\\p{L}\\p{M}]+");
    private static final String LETTERS = "\\p{L}\\p{M}";

    private final String name;
    private final String lastWord;
    private final Pattern truncated;

    private OfficialName(String name, String lastWord, Pattern truncated) {
        this.name = name;
        this.lastWord = lastWord;
        this.truncated = truncated;
    }

    /** Empty when the entry has a single word: nothing comes before a truncation to recognise it by. */
    static Optional<OfficialName> parse(String name) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(name.strip());
        while (m.find()) {
            parts.add(m.group());
        }
        if (parts.size() < 3 || !Character.isLetter(parts.get(parts.size() - 1).charAt(0))) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder("(?<![" + LETTERS + "\\p{N}])");
        for (String part : parts.subList(0, parts.size() - 1)) {
            regex.append(Character.isLetter(part.charAt(0)) ? Pattern.quote(part) : separator(part));
        }
        regex.append("([" + LETTERS + "]{2,}+)(?![" + LETTERS + "\\p{N}'\u2019\\-\u2010\u2011])");
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Optional.of(new OfficialName(name.strip(), parts.get(parts.size() - 1), pattern));
    }

    /** Spaces match any run of spaces, apostrophes and hyphens any of their forms. */
    private static String separator(String part) {
        StringBuilder regex = new StringBuilder();
        for (char c : part.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                if (regex.length() < 2 || !regex.toString().endsWith("+")) {
                    regex.append("[\\s\\u00a0\\u202f]+");
                }
            } else if (c == '\'' || c == '\u2019') {
                regex.append("['\u2019]");
            } else if (c == '-' || c == '\u2010' || c == '\u2011') {
                regex.append("[\\-\u2010\u2011]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    String name() {
        return name;
    }

    Pattern pattern() {
        return truncated;
    }

    /** True when the word is a strict beginning of the name's last word, accents and case aside. */
    boolean cutShort(String word) {
        String written = fold(word);
        String expected = fold(lastWord);
        return written.length() >= 2 && written.length() < expected.length() && expected.startsWith(written);
    }

    /** The text's own words before the last one, then the last word as the list writes it. */
    String completed(String matched, int lastStart) {
        return matched.substring(0, lastStart) + lastWord;
    }

    private static String fold(String word) {
        return NameForms.stripAccents(word).toLowerCase(Locale.ROOT);
    }
}
