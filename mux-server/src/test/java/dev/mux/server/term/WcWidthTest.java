package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Widths as glibc 2.36's wcwidth gives them in C.UTF-8 (checked there with ctypes). */
class WcWidthTest {
    @Test
    void boxDrawingAndBlockElementsAreNarrow() {
        for (int codePoint : new int[] {0x2500, 0x2502, 0x253c, 0x2580, 0x2588, 0x259f}) {
            assertEquals(1, WcWidth.of(codePoint), Integer.toHexString(codePoint));
        }
    }

    @Test
    void theirNeighboursKeepTheirOwnWidths() {
        assertEquals(1, WcWidth.of(0x24ff), "negative circled digit zero");
        assertEquals(1, WcWidth.of(0x25a0), "black square");
        assertEquals(2, WcWidth.of(0x25fd), "white medium small square, emoji presentation");
        assertEquals(2, WcWidth.of(0x4e2d), "a CJK ideograph");
        assertEquals(0, WcWidth.of(0x301), "a combining acute accent");
    }
}
