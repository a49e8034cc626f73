package org.relecture.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

class FindingCodecTest {
    private static final Finding GRADED = new Finding("UNTRANSLATED_IT", Category.UNTRANSLATED, Severity.MAJOR, 12, 40,
            "Passage en italien « non tradotto »", List.of("traduire", ""), "relecture",
            Map.of("language", "it", Finding.OCCURRENCES, "3"));

    @Property(tries = 200)
    void findingsComeBackAsTheyWent(@ForAll("findings") List<Finding> findings) throws Exception {
        assertEquals(findings, FindingCodec.decode(FindingCodec.encode(findings)));
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<Finding> finding = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of(Category.class), Arbitraries.of(Severity.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 500),
                text, text.list().ofMaxSize(5), Arbitraries.maps(text, text).ofMaxSize(3))
                .as((rule, category, severity, start, length, message, suggestions, attributes) -> new Finding(
                        rule, category, severity, start, start + length, message, suggestions, "source", attributes));
        return finding.list().ofMaxSize(30);
    }

    @Test
    void aStringLongerThanWriteUtfAllowsSurvives() throws Exception {
        Finding long1 = new Finding("R", Category.STYLE, Severity.MINOR, 0, 1, "é".repeat(70_000), List.of(), "s");
        assertEquals(List.of(long1), FindingCodec.decode(FindingCodec.encode(List.of(long1))));
    }

    /** A damaged entry never reads as other findings: it is noticed, or the damage was in bits deflate ignores. */
    @Test
    void aDamagedByteNeverGivesOtherFindings() {
        List<Finding> findings = List.of(GRADED, GRADED);
        byte[] good = FindingCodec.encode(findings);
        int noticed = 0;
        for (int i = 0; i < good.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) (1 << bit);
                try {
                    assertEquals(findings, FindingCodec.decode(bad), "byte " + i + ", bit " + bit);
                } catch (CacheException e) {
                    noticed++;
                }
            }
        }
        assertTrue(noticed > good.length * 7, noticed + " of " + good.length * 8 + " damaged entries noticed");
    }

    @Test
    void aDamagedLengthIsNoticedWithoutAllocatingIt() {
        byte[] bad = FindingCodec.encode(List.of(GRADED));
        // The length field follows the format byte: say the entry holds almost 2 GB.
        java.nio.ByteBuffer.wrap(bad, 1, 4).putInt(Integer.MAX_VALUE - 16);
        assertThrows(CacheException.class, () -> FindingCodec.decode(bad));
    }

    @Test
    void aTruncatedEntryIsNoticed() {
        byte[] good = FindingCodec.encode(List.of(GRADED));
        for (int length = 0; length < good.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(good, length);
            assertThrows(CacheException.class, () -> FindingCodec.decode(cut), "cut at " + length);
        }
    }
}
