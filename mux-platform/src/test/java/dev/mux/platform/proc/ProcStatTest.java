package dev.mux.platform.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Field numbers as proc(5) gives them: 1 pid, 2 (comm), 3 state, 4 ppid, ... 8 tpgid, 22 starttime. */
class ProcStatTest {
    /** Fields 3 to 52 of a stopped process: state T, ppid 7, pgrp 41, session 7, tty 34816, tpgid 40. */
    private static final String AFTER_NAME = "T 7 41 7 34816 40 1077936128 120 0 0 0 1 2 0 0 20 0 1 0 987654"
            + " 8192000 200 18446744073709551615 1 1 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n";

    @Test
    void readsTheFieldsAfterACommandNameThatLooksLikeItsEnd() {
        ProcStat stat = ProcStat.parse(41, "41 (a) b) (c) " + AFTER_NAME).orElseThrow();
        assertEquals(new ProcStat(41, 'T', 7, 41, 7, 40, 987654), stat);
    }

    @Test
    void aProcessWithoutTerminalHasNoForegroundGroup() {
        String line = "9 (sleep) S 1 9 9 0 -1 4194560 100 0 0 0 0 0 0 0 20 0 1 0 555 0 0 0 0 0 0 0 0 0 0 0 0 0 0 17"
                + " 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        assertEquals(-1, ProcStat.parse(9, line).orElseThrow().tpgid());
    }

    @Test
    void somethingElseIsNoStat() {
        assertEquals(Optional.empty(), ProcStat.parse(1, ""));
        assertEquals(Optional.empty(), ProcStat.parse(1, "1 (init"));
        assertEquals(Optional.empty(), ProcStat.parse(1, "1 (init) S 0 1"));
        assertTrue(ProcStat.parse(1, "1 (init) S x 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5 0").isEmpty());
    }
}
