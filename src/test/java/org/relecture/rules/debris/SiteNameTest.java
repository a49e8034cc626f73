package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A {@code www.} link with no path names a site; long runs of labels are read without recursion. */
class SiteNameTest {
    /** The definition as a regular expression: the oracle for short links. */
    private static final Pattern SITE_NAME = Pattern.compile("(?i)www\\.[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}/?");

    @Test
    void aLongRunOfLabelsIsReadWithoutOverflowingTheStack() {
        assertTrue(Links.isSiteName("www." + "a.".repeat(50_000) + "fr"));
    }

    @Property(tries = 500)
    void agreesWithTheRegularExpression(@ForAll("links") String link) {
        assertEquals(SITE_NAME.matcher(link).matches(), Links.isSiteName(link), link);
    }

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> rest = Arbitraries.strings().withChars("ab1-./é𝐀\uD835".toCharArray()).ofMaxLength(14);
        return Arbitraries.oneOf(rest.map(r -> "www." + r), rest.map(r -> "WwW." + r), rest);
    }
}
