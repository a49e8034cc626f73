package org.relecture.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The browser tests rely on this helper seeing what a page logs; a helper that saw nothing would pass them all. */
class HeadlessChromiumTest {
    @TempDir
    Path dir;

    @Test
    void readsThePageAndReportsItsConsoleErrors() throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.html"),
                "<!doctype html><title>t</title><p id=p>bonjour</p><script>console.log('ok')</script>");
        Path broken = Files.writeString(dir.resolve("broken.html"),
                "<!doctype html><title>t</title><script>console.error('boom'); undefinedFunction();</script>");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.driver().get(clean.toUri().toString());
            assertEquals("bonjour", chromium.driver().findElement(By.id("p")).getText());
            assertEquals(java.util.List.of(), chromium.consoleErrors());

            chromium.driver().get(broken.toUri().toString());
            var errors = chromium.consoleErrors();
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("boom"), errors.toString());
            assertTrue(errors.get(1).contains("undefinedFunction"), errors.toString());
        }
    }
}
