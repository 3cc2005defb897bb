package dev.mux.server.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteGuessTest {
    private static final long MS = 1_000_000L;

    private static List<Boolean> keysAt(PasteGuess guess, long threshold, long... millis) {
        List<Boolean> pasted = new ArrayList<>();
        for (long at : millis) pasted.add(guess.pasted(at * MS, threshold));
        return pasted;
    }

    @Test
    void theSecondCloseKeyOnIsPastedAsInTmux() {
        assertEquals(List.of(false, false, true, true, false, false, true), keysAt(new PasteGuess(), 1,
                1000, 1000, 1000, 1000, 2000, 2000, 2000));
    }

    @Test
    void keysFurtherApartThanTheTimeAreTyped() {
        assertEquals(List.of(false, false, false, false), keysAt(new PasteGuess(), 5, 10, 20, 30, 35));
    }

    @Test
    void zeroNeverGuessesAPaste() {
        assertEquals(List.of(false, false, false), keysAt(new PasteGuess(), 0, 1, 1, 1));
    }
}
