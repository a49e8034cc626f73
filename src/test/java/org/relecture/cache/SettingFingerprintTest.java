package org.relecture.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingFingerprintTest {
    private static final SettingFingerprint BASE = SettingFingerprint.builder()
            .add("level", "default")
            .add("relecture", "0.1.0")
            .addAll("rules", Map.of("0/EXONYMES.yaml", "a".repeat(64), "0/data/names.txt", "b".repeat(64)))
            .build();

    @Test
    void theDigestDependsOnTheEntriesNotOnTheirOrder() {
        SettingFingerprint reordered = SettingFingerprint.builder()
                .addAll("rules", Map.of("0/data/names.txt", "b".repeat(64), "0/EXONYMES.yaml", "a".repeat(64)))
                .add("relecture", "0.1.0")
                .add("level", "default")
                .build();
        assertEquals(BASE.digest(), reordered.digest());
        assertEquals(BASE, reordered);
        assertNotEquals(BASE.digest(), BASE.with("level", "picky").digest());
    }

    @Test
    void entriesThatRunTogetherDoNotCollide() {
        SettingFingerprint a = SettingFingerprint.builder().add("ab", "c").build();
        SettingFingerprint b = SettingFingerprint.builder().add("a", "bc").build();
        assertNotEquals(a.digest(), b.digest());
    }

    @Test
    void differencesSayWhatChangedInWords() {
        SettingFingerprint later = BASE.with("level", "picky")
                .with("rules/0/EXONYMES.yaml", "c".repeat(64))
                .with("names/Zelensky", "allowed");
        assertEquals(List.of("level: default -> picky", "names/Zelensky added", "rules/0/EXONYMES.yaml changed"),
                later.differences(BASE));
        assertEquals(List.of("level: picky -> default", "names/Zelensky removed", "rules/0/EXONYMES.yaml changed"),
                BASE.differences(later));
        assertEquals(List.of(), BASE.differences(BASE));
        assertEquals(List.of("disabled: (none) -> STYLE"),
                BASE.with("disabled", "STYLE").differences(BASE.with("disabled", "")));
    }

    @Test
    void itIsStoredAndReadBack() throws Exception {
        assertEquals(BASE, SettingFingerprint.fromJson(BASE.toJson()));
    }
}
