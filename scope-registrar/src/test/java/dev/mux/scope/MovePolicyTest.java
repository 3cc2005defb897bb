package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scope of its own only where it lengthens the server's life. */
class MovePolicyTest {
    @Test
    void movesWhenKillUserProcessesAppliesToTheUser() {
        assertEquals(Optional.empty(), MovePolicy.reasonToStay(logind(true, List.of(), List.of(), false), "ann"));
        assertEquals(Optional.empty(), MovePolicy.reasonToStay(logind(true, List.of("ann"), List.of(), false), "ann"));
    }

    @Test
    void movesWhenTheUserLingers() {
        assertEquals(Optional.empty(), MovePolicy.reasonToStay(logind(false, List.of(), List.of(), true), "ann"));
    }

    @Test
    void movesWhenLogindCannotBeReadSinceItsDefaultKills() {
        assertEquals(Optional.empty(), MovePolicy.reasonToStay(LogindSettings.unreachable("no system bus"), "ann"));
    }

    @Test
    void staysWhenLogindLeavesTheSessionRunningAndNothingKeepsTheUserManager() {
        Optional<String> why = MovePolicy.reasonToStay(logind(false, List.of(), List.of(), false), "ann");
        assertTrue(why.isPresent());
        assertTrue(why.get().startsWith("KillUserProcesses does not apply to ann and linger is off"), why.get());
        assertTrue(MovePolicy.reasonToStay(logind(true, List.of(), List.of("ann"), false), "ann").isPresent(), "excluded user");
        assertTrue(MovePolicy.reasonToStay(logind(true, List.of("bob"), List.of(), false), "ann").isPresent(), "not listed");
    }

    private static LogindSettings logind(boolean kill, List<String> only, List<String> exclude, boolean linger) {
        return new LogindSettings(true, kill, only, exclude, linger, "");
    }
}
