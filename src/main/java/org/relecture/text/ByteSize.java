package org.relecture.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as users write it ({@code 10M}, {@code 512k}, {@code 1G}, {@code 20000}) and read it. */
public final class ByteSize {
    /** The largest maximum a document can be given (one Java array could hold twice as much). */
    public static final long MAX = 1L << 30;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    private ByteSize() {
    }

    /**
     * @param text a whole number of bytes, or of KiB, MiB or GiB with the suffix {@code K}, {@code M}
     *             or {@code G} (any case, {@code B} or {@code iB} allowed after it)
     * @throws IllegalArgumentException saying what is wrong, in the user's terms
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (a number of bytes, or with K, M or G: 10M)");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long number = Long.parseLong(m.group(1));
        if (number < 1 || number > MAX >> shift) {
            throw new IllegalArgumentException("'" + text + "' is out of range (1 byte to " + format(MAX) + ")");
        }
        return number << shift;
    }

    /** {@code 10 MiB}, {@code 512 KiB}, {@code 1,000 bytes}: the largest unit that divides it exactly. */
    public static String format(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (units.length - i));
            if (bytes >= unit && bytes % unit == 0) {
                return String.format(Locale.ROOT, "%,d %s", bytes / unit, units[i]);
            }
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
