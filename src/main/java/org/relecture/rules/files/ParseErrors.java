package org.relecture.rules.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Jackson's and SnakeYAML's errors about a file a user wrote (YAML rules, {@code relecture.yaml},
 * a baseline), said in the user's terms: the line, the key, what was expected and what was
 * found, never a Java class name.
 */
public final class ParseErrors {
    /** A qualified Java name, an inner class, or an exception's name: what a message must not show. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(?:java|javax|com|org|net|sun|jdk)\\.[a-z]\\w*\\.|\\b[A-Z]\\w*\\$[A-Z]\\w*|\\w*Exception\\b|`");

    private static final int QUOTED_TEXT = 40;
    private static final Pattern FOUND = Pattern.compile(
            "from (Array|Object|String|Number|Integer|Floating-point|Boolean|Null|native|Embedded Object) value"
                    + "(?: \\(([^)]*)\\))?");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{1001}");

    private ParseErrors() {
    }

    /** Whether a message shows Java names, as the user's messages never should. */
    public static boolean showsJavaNames(String message) {
        return JAVA_NAMES.matcher(message).find();
    }

    /**
     * {@code line 7: 'weights.debris' should be a number, not the text 'abc'}, and so on.
     *
     * @param text the file's content, to find the line of a key Jackson places elsewhere
     */
    public static String describe(JsonProcessingException e, String text) {
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            int line = YamlFiles.lineOfKey(text, u.getPropertyName());
            return where(line > 0 ? line : line(e)) + "unknown key '" + u.getPropertyName() + "'";
        } else if (e instanceof MismatchedInputException m) {
            message = mismatch(m);
        } else if (cause(e, StreamConstraintsException.class) instanceof StreamConstraintsException limit) {
            int line = Math.max(line(e), line(limit));
            return where(line > 0 ? line : lineOfLongNumber(text)) + tooLarge(limit.getOriginalMessage());
        } else if (cause(e, MarkedYAMLException.class) instanceof MarkedYAMLException y) {
            return yaml(y);
        } else if (original(e).startsWith("Duplicate field '")) {
            String key = original(e).substring("Duplicate field '".length()).replaceFirst("'.*", "");
            message = "key '" + key + "' appears twice";
        } else if (original(e).startsWith("Expected a field name")) {
            message = "a key must be a name, not a list or a section";
        } else {
            message = e.getOriginalMessage() == null ? "not readable" : e.getOriginalMessage();
        }
        if (showsJavaNames(message)) {
            message = "not what this file can hold here";
        }
        return where(line(e)) + message;
    }

    /** What was expected, from the type Jackson wanted, and what the file holds instead. */
    private static String mismatch(MismatchedInputException e) {
        String key = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        String expected = expected(e.getTargetType());
        String found = found(e);
        String whose = key.isEmpty() ? "the file" : "'" + key + "'";
        return whose + " should be " + (key.isEmpty() ? "keys with their values (key: value)" : expected)
                + (found == null ? "" : ", not " + found);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == String.class || type == Character.class || type.isEnum()) {
            return "a text";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class
                || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "keys with their values (key: value)"
                : "a section of keys with their values (key: value)";
    }

    /**
     * What the parser stands on where the value did not fit; when the parser is already closed
     * (newer Jackson versions close it first), what Jackson's message says it found.
     */
    private static String found(MismatchedInputException e) {
        if (e instanceof InvalidFormatException f && f.getValue() instanceof String text) {
            return "the text '" + cut(text) + "'";
        }
        if (e instanceof InvalidFormatException f && f.getValue() instanceof Number number) {
            return "the number " + number;
        }
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
            return foundInMessage(original(e));
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT, FIELD_NAME -> "keys with their values";
            case VALUE_STRING -> "the text '" + quoted(parser) + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + quoted(parser);
            case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE ? "true" : "false";
            case VALUE_NULL -> "nothing";
            case VALUE_EMBEDDED_OBJECT -> "a binary value";
            default -> null;
        };
    }

    private static String quoted(JsonParser parser) {
        try {
            return cut(parser.getText());
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String cut(String text) {
        return text.length() <= QUOTED_TEXT ? text : text.substring(0, QUOTED_TEXT) + "...";
    }

    /** Jackson's "from Array value", "from Number value (5)", "from String value ('x')". */
    private static String foundInMessage(String message) {
        Matcher m = FOUND.matcher(message);
        if (!m.find()) {
            return null;
        }
        String value = m.group(2) == null || m.group(2).startsWith("token") ? null : m.group(2);
        return switch (m.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "keys with their values";
            case "String" -> value == null ? "a text" : "the text '" + cut(value.replaceAll("^'|'$", "")) + "'";
            case "Boolean" -> value == null ? "true or false" : value;
            case "Null" -> "nothing";
            case "native", "Embedded Object" -> "a binary value";
            default -> value == null ? "a number" : "the number " + value;
        };
    }

    /** Jackson's limits on numbers, texts and nesting: stated without the name of Jackson's class. */
    private static String tooLarge(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("number")) {
            return "a number too long (over 1,000 digits)";
        }
        if (m.contains("nesting")) {
            return "lists or sections nested too deep";
        }
        return "a value too long";
    }

    /** SnakeYAML's syntax errors: its problem, at its line and column. */
    private static String yaml(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
        String message = (context + problem).replace('\n', ' ');
        return where + (showsJavaNames(message) ? "not valid YAML" : message);
    }

    /** Jackson gives no place for a number over its length limit: the first run of that many digits. */
    private static int lineOfLongNumber(String text) {
        Matcher m = LONG_NUMBER.matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }

    private static String original(JsonProcessingException e) {
        return e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    }

    /** {@code e} or the first of its causes of {@code type}, or null. */
    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null && e.getProcessor() instanceof JsonParser parser) {
            location = parser.currentLocation();
        }
        return location == null ? 0 : location.getLineNr();
    }

    private static String where(int line) {
        return line > 0 ? "line " + line + ": " : "";
    }
}
