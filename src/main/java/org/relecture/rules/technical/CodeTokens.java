package org.relecture.rules.technical;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.relecture.rules.FrenchLexicon;

/**
 * Whether one whitespace-delimited token, its surrounding punctuation removed, is written as code:
 * an option ({@code -p}, {@code --verbose}, {@code --color=always}), a format ({@code HH:MM}), a path ({@code /etc/fstab},
 * {@code ~/.bashrc}, {@code usr/share}; not {@code et/ou}), a file or host name ({@code
 * sources.list}, {@code .bashrc}, {@code java.util.List}, {@code debian.org}), an identifier in
 * {@code snake_case} or {@code camelCase}, letters with digits ({@code base64}, {@code x86_64},
 * {@code 4pm}; not {@code 1er} or {@code 12h45}), a call ({@code strtol()}, {@code printf(3)}), a
 * variable ({@code $HOME}), or anything with characters prose does not use ({@code a|b},
 * {@code x=1}, {@code <fichier>}, {@code C++}, {@code user@host}).
 */
final class CodeTokens {
    /** {@code HH:MM}, {@code user:group}, {@code std::vector}; not a time ({@code 12:30}). */
    private static final Pattern INNER_COLON = Pattern.compile(".*\\p{L}:+[\\p{L}\\d].*|.*[\\p{L}\\d]:+\\p{L}.*");
    private static final Pattern OPTION = Pattern.compile("--?\\p{L}[\\p{L}\\d_-]*(?:=.*)?");
    private static final Pattern SNAKE = Pattern.compile(".*[\\p{L}\\d]_[\\p{L}\\d].*|_+\\p{L}.*");
    private static final Pattern CAMEL = Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    private static final Pattern LETTER_DIGIT = Pattern.compile("\\p{L}+\\d.*|.*\\p{L}\\d.*|\\d+\\p{L}{2,}\\d*");
    private static final Pattern CALL = Pattern.compile("[\\p{L}_][\\p{L}\\d_.]*\\((?:\\d\\w*)?\\)");
    private static final Pattern DOTFILE = Pattern.compile("\\.\\p{Ll}[\\p{L}\\d_.-]*");
    private static final String CODE_CHARS = "\\=<>{}|^&$`@#";
    /** French ordinals and times written with digits: {@code 1er}, {@code 2e}, {@code XXIe}, {@code 12h45}, {@code 3D}. */
    private static final Pattern FRENCH_NUMBER = Pattern.compile("\\d+(?:er|re|e|ème|es|èmes|d|D|h\\d*|min|km|kg|cm|mm|m|g|s|°C?)");

    private final Set<String> extensions;

    CodeTokens(Set<String> extensions) {
        this.extensions = extensions;
    }

    boolean isCode(String token) {
        if (token.isEmpty() || FRENCH_NUMBER.matcher(token).matches()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (CODE_CHARS.indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        if (token.contains("://") || token.startsWith("www.") || token.contains("+") && token.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        return OPTION.matcher(token).matches() || INNER_COLON.matcher(token).matches() || isPath(token) || isFileName(token)
                || SNAKE.matcher(token).matches() || CAMEL.matcher(token).matches()
                || LETTER_DIGIT.matcher(token).matches() || CALL.matcher(token).matches();
    }

    /** A slash that starts a path, or joins parts one of which is no French word ({@code et/ou} is prose). */
    private static boolean isPath(String token) {
        if (token.indexOf('/') < 0 && token.indexOf('\\') < 0) {
            return false;
        }
        if (token.startsWith("/") || token.startsWith("~") || token.startsWith("./") || token.startsWith("../")
                || token.indexOf('\\') >= 0) {
            return token.length() > 1;
        }
        for (String part : token.split("/")) {
            if (!part.isEmpty() && !FrenchLexicon.get().isWord(part)) {
                return true;
            }
        }
        return false;
    }

    private boolean isFileName(String token) {
        if (DOTFILE.matcher(token).matches()) {
            return true;
        }
        String[] parts = token.split("\\.", -1);
        if (!dotted(parts)) {
            return false;
        }
        String last = parts[parts.length - 1];
        return parts.length > 2 && token.chars().anyMatch(Character::isLowerCase)
                || extensions.contains(last) && last.equals(last.toLowerCase(Locale.ROOT));
    }

    /**
     * Two parts or more, each of letters, digits, {@code _}, {@code +} or {@code -}: {@code a.b},
     * {@code libfoo-2.1.tar}. Not a regular expression with a repeated group, which java.util.regex
     * matches by recursion (a stack overflow on a dotted run of thousands of characters).
     */
    private static boolean dotted(String[] parts) {
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.codePoints().allMatch(c -> Character.isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
