package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void readsBytesAndBinaryUnitsInAnyCase() {
        assertEquals(20000, ByteSize.parse("20000"));
        assertEquals(512 * 1024, ByteSize.parse("512k"));
        assertEquals(10L * 1024 * 1024, ByteSize.parse("10M"));
        assertEquals(10L * 1024 * 1024, ByteSize.parse("10MiB"));
        assertEquals(1L << 30, ByteSize.parse("1 GB"));
    }

    @Test
    void refusesWhatIsNotASizeOrOutOfRange() {
        for (String bad : new String[] {"", "ten", "-1", "0", "1.5M", "2G", "9999999999G", "10T"}) {
            assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(bad), bad);
        }
    }

    @Test
    void writesTheLargestExactUnit() {
        assertEquals("10 MiB", ByteSize.format(10L * 1024 * 1024));
        assertEquals("1,536 KiB", ByteSize.format(1536 * 1024));
        assertEquals("1,000 bytes", ByteSize.format(1000));
    }
}
