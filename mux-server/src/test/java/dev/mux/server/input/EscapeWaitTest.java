package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscapeWaitTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLoneEscapeWaitsAndTheNextKeyMakesItMeta() {
        EscapeWait wait = new EscapeWait();
        assertArrayEquals(bytes("ab"), wait.take(bytes("ab\033"), true));
        assertTrue(wait.holding());
        int first = wait.generation();
        assertArrayEquals(bytes("\033x"), wait.take(bytes("x"), true));
        assertFalse(wait.holding());
        assertEquals(0, wait.expire(first).length, "the timer of a completed wait finds nothing");
    }

    @Test
    void whenTheTimeIsUpTheEscapeGoesOnAlone() {
        EscapeWait wait = new EscapeWait();
        assertEquals(0, wait.take(bytes("\033"), true).length);
        assertArrayEquals(bytes("\033"), wait.expire(wait.generation()));
        assertFalse(wait.holding());
    }

    @Test
    void anEscapeSequenceWithoutItsFinalByteWaitsForIt() {
        assertEquals(1, EscapeWait.incompleteTail(bytes("a\033[1;5")));
        assertEquals(1, EscapeWait.incompleteTail(bytes("a\033O")));
        assertEquals(1, EscapeWait.incompleteTail(bytes("a\033\033[")));
        assertEquals(6, EscapeWait.incompleteTail(bytes("\033[1;5A")));
        assertEquals(3, EscapeWait.incompleteTail(bytes("\033Ox")));
        assertEquals(2, EscapeWait.incompleteTail(bytes("\033x")));
    }

    @Test
    void withEscapeTimeZeroNothingWaits() {
        EscapeWait wait = new EscapeWait();
        assertArrayEquals(bytes("\033"), wait.take(bytes("\033"), false));
        assertFalse(wait.holding());
    }
}
