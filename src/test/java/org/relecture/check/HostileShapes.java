package org.relecture.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Texts of any length built from one repeated shape, each the worst case of some kind of
 * detector: a word without end, runs without spaces of the characters addresses and names are
 * made of, punctuation only, quotes that never close, line endings of every kind, prose.
 */
final class HostileShapes {
    private HostileShapes() {
    }

    /** Each shape by name: a function from a length to a text of that length. */
    static Map<String, IntFunction<String>> all() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("French prose", repeat("Le « Conseil » a voté l'accord à Paris le 3 mars. Jean-Marc Durand l’a signé"
                + " (voir www.exemple.fr) ; « c'est fait », dit-il.\n"));
        shapes.put("one word", repeat("a"));
        shapes.put("accented word", repeat("éÉàç"));
        shapes.put("dotted run", repeat("a."));
        shapes.put("hyphenated run", repeat("a-"));
        shapes.put("hyphens", repeat("-"));
        shapes.put("at signs", repeat("a@"));
        shapes.put("hashes", repeat("#a"));
        shapes.put("address-like run", repeat("a.b_c%d+e-"));
        shapes.put("backticks", repeat("`a"));
        shapes.put("urls", repeat("http://a.fr/"));
        shapes.put("www", repeat("www."));
        shapes.put("punctuation only", repeat("«»\"“”'’`()[].,;:!?…—"));
        shapes.put("opening quotes", repeat("« a "));
        shapes.put("capitalised words", repeat("Jean Marie Paris "));
        shapes.put("capitals", repeat("ETATS"));
        shapes.put("words without punctuation", repeat("le chat de la maison "));
        shapes.put("glued words", repeat("deUkraine"));
        shapes.put("Italian", repeat("il governo della repubblica italiana ha deciso "));
        shapes.put("English", repeat("the government of the united states has decided "));
        shapes.put("line endings", repeat("a\r\n\rb\n\n \r"));
        shapes.put("digits", repeat("1.2,3 "));
        shapes.put("apostrophes", repeat("l'a’"));
        shapes.put("emoji and combining marks", repeat("e\u0301\uD83D\uDE00 "));
        shapes.put("markup", repeat("<b>a</b>&amp;"));
        shapes.put("glued sentences", repeat("la.Le;de"));
        shapes.put("brackets after a link", length -> repeat("http://a.fr/").apply(Math.min(length, 12))
                + repeat(")").apply(Math.max(0, length - 12)));
        return shapes;
    }

    private static IntFunction<String> repeat(String unit) {
        return length -> {
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                text.append(unit);
            }
            text.setLength(length);
            // a cut surrogate pair would be a lone surrogate: end on a whole one
            if (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) {
                text.setCharAt(length - 1, ' ');
            }
            return text.toString();
        };
    }
}
