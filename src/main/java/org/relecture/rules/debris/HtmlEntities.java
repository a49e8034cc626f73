package org.relecture.rules.debris;

import java.util.Map;

/** The character an HTML entity stands for, so an entity left in the text can be replaced, not deleted. */
final class HtmlEntities {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("euro", "€"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("deg", "°"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("ccedil", "ç"), Map.entry("icirc", "î"),
            Map.entry("iuml", "ï"), Map.entry("ocirc", "ô"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"),
            Map.entry("uuml", "ü"), Map.entry("oelig", "œ"), Map.entry("Eacute", "É"), Map.entry("Egrave", "È"),
            Map.entry("Agrave", "À"), Map.entry("Ccedil", "Ç"), Map.entry("OElig", "Œ"), Map.entry("thinsp", "\u2009"),
            Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""), Map.entry("middot", "·"),
            Map.entry("bull", "•"), Map.entry("times", "×"), Map.entry("sect", "§"));

    private HtmlEntities() {
    }

    /** The decoded text of {@code &name;} or {@code &#NNN;} / {@code &#xHH;}, or null if unknown. */
    static String decode(String entity) {
        String body = entity.substring(1, entity.length() - 1);
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return Character.toString(Integer.parseInt(body.substring(2), 16));
            }
            if (body.startsWith("#")) {
                return Character.toString(Integer.parseInt(body.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(body);
    }
}
