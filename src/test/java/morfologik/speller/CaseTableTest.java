package morfologik.speller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseTableTest {
    @Test
    void everyCharIsAnsweredAsCharacterAnswers() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isLetter(ch), CaseTable.isLetter(ch), "isLetter of U+" + Integer.toHexString(c));
            assertEquals(Character.isLowerCase(ch), CaseTable.isLowerCase(ch), "isLowerCase of U+" + Integer.toHexString(c));
            assertEquals(Character.toLowerCase(ch), CaseTable.toLowerCase(ch), "toLowerCase of U+" + Integer.toHexString(c));
        }
    }
}
