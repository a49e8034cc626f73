package org.relecture.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON laid out for a person to read in README.md: an object or array stays on one line when it
 * fits in 100 columns, and otherwise fills its lines with as many members as fit, each
 * continuation aligned after its opening bracket.
 */
public final class JsonLayout {
    private static final int WIDTH = 100;

    private JsonLayout() {
    }

    /** {@code node} laid out from column {@code column}; each line after the first carries its indentation. */
    public static String layout(JsonNode node, int column) {
        String flat = inline(node);
        if (!node.isContainerNode() || column + flat.length() <= WIDTH) {
            return flat;
        }
        StringBuilder out = new StringBuilder(node.isObject() ? "{" : "[");
        int indent = column + 1;
        int col = indent;
        boolean first = true;
        for (Map.Entry<String, JsonNode> m : members(node)) {
            String key = m.getKey() == null ? "" : TextNode.valueOf(m.getKey()) + ": ";
            if (!first) {
                String member = key + layout(m.getValue(), col + 2 + key.length());
                // One column is kept for the comma or bracket that follows.
                if (!member.contains("\n") && col + 2 + member.length() < WIDTH) {
                    out.append(", ").append(member);
                    col += 2 + member.length();
                    continue;
                }
                out.append(",\n").append(" ".repeat(indent));
                col = indent;
            }
            String member = key + layout(m.getValue(), col + key.length());
            out.append(member);
            col = member.contains("\n") ? member.length() - member.lastIndexOf('\n') - 1 : col + member.length();
            first = false;
        }
        return out.append(node.isObject() ? "}" : "]").toString();
    }

    /** An object's members, or an array's elements without keys. */
    private static List<Map.Entry<String, JsonNode>> members(JsonNode node) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(members::add);
        } else {
            node.elements().forEachRemaining(e -> members.add(new AbstractMap.SimpleEntry<>(null, e)));
        }
        return members;
    }

    private static String inline(JsonNode node) {
        if (!node.isContainerNode()) {
            return node.toString();
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : members(node)) {
            parts.add((m.getKey() == null ? "" : TextNode.valueOf(m.getKey()) + ": ") + inline(m.getValue()));
        }
        return node.isObject() ? "{" + String.join(", ", parts) + "}" : "[" + String.join(", ", parts) + "]";
    }
}
