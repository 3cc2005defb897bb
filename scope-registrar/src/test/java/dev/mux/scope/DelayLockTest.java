package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.types.UInt32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delay lock where logind cannot be reached, and the reading of logind's list of locks. */
class DelayLockTest {
    @TempDir
    Path scratch;

    @Test
    void withoutLogindNoLockIsHeldAndItSaysWhy() {
        Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + scratch.resolve("none"));
        DelayLock.Taken taken = DelayLock.take("shutdown", "mux", "test", env, Duration.ofMillis(1500));
        assertFalse(taken.held());
        assertFalse(taken.whyNot().isBlank());
    }

    @Test
    void theListIsReadForTheHoldersLocksInBothShapes() {
        Object asStructs = List.of(new LoginManager.Inhibitor("shutdown", "mux", "why", "delay", new UInt32(1), new UInt32(77)),
                new LoginManager.Inhibitor("sleep", "other", "why", "block", new UInt32(1), new UInt32(78)));
        Object asArrays = List.<Object[]>of(new Object[] {"sleep", "mux", "why", "delay", new UInt32(1), new UInt32(77)});
        assertEquals(List.of("shutdown/delay"), InhibitorList.heldBy(asStructs, 77));
        assertEquals(List.of("sleep/delay"), InhibitorList.heldBy(asArrays, 77));
        assertTrue(InhibitorList.heldBy(null, 77).isEmpty());
    }
}
