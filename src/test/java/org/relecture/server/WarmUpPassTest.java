package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only the server's own pass lets a request through before ready. */
class WarmUpPassTest {
    @Test
    void aPassAdmitsItsOwnTokenOnly() {
        WarmUpPass pass = WarmUpPass.random();
        assertTrue(pass.admits(pass.token()));
        assertFalse(pass.admits(null));
        assertFalse(pass.admits(""));
        assertFalse(pass.admits(pass.token().substring(1)));
        assertFalse(pass.admits(WarmUpPass.random().token()));
        assertNotEquals(pass.token(), WarmUpPass.random().token(), "drawn at each start");
        assertTrue(pass.token().length() >= 32, "128 bits at least");
    }
}
