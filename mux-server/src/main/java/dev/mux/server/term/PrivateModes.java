package dev.mux.server.term;

import dev.mux.server.term.Modes.Mode;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The modes a program sets with DEC private mode sequences (DECSET, DECRST, DECRQM for 2026) and
 * with xterm's modifyOtherKeys resource, as tmux 3.3a keeps them: what each changes in the
 * {@link Screen}'s {@link Modes}, the screens 47, 1047 and 1049 switch (unless alternate-screen
 * is off), and who is told when focus reports begin.
 */
final class PrivateModes {
    /** DEC private mode number of synchronized output. */
    static final int SYNCHRONIZED_OUTPUT_MODE = 2026;

    private final Screen screen;
    /** Whether extended-keys is always: the program's modifyOtherKeys requests are then ignored, as in tmux. */
    private BooleanSupplier extendedKeysAlways = () -> false;
    /** Told when the program turns focus reports (mode 1004) on: tmux then reports the pane's focus at once. */
    private Runnable focusReportsOn = () -> { };
    private PaneSettings settings = PaneSettings.DEFAULTS;

    PrivateModes(Screen screen) {
        this.screen = screen;
    }

    void extendedKeysAlways(BooleanSupplier always) {
        extendedKeysAlways = always;
    }

    void onFocusReportsOn(Runnable listener) {
        focusReportsOn = listener;
    }

    /** DECSET and DECRST. */
    void set(int mode, boolean on) {
        switch (mode) {
            case 1 -> setMode(Mode.CURSOR_KEYS, on);
            case 6 -> {
                setMode(Mode.ORIGIN, on);
                screen.cursor().position(0, 0, screen.modes().originMode());
            }
            case 7 -> setMode(Mode.AUTOWRAP, on);
            case 25 -> setMode(Mode.CURSOR_VISIBLE, on);
            case 9 -> setMouseTracking(on ? MouseTracking.X10 : MouseTracking.OFF);
            case 1000 -> setMouseTracking(on ? MouseTracking.BUTTON_PRESSES : MouseTracking.OFF);
            case 1002 -> setMouseTracking(on ? MouseTracking.BUTTON_MOTION : MouseTracking.OFF);
            case 1003 -> setMouseTracking(on ? MouseTracking.ALL_MOTION : MouseTracking.OFF);
            case 1004 -> {
                boolean was = screen.modes().focusEvents();
                setMode(Mode.FOCUS_EVENTS, on);
                if (on && !was) focusReportsOn.run();
            }
            case 1005 -> setMode(Mode.MOUSE_UTF8, on);
            case 1006 -> setMode(Mode.MOUSE_SGR, on);
            case 47, 1047 -> switchScreen(on, false);
            case 1048 -> {
                if (on) {
                    screen.saveCursor();
                } else {
                    screen.restoreCursor();
                }
            }
            case 1049 -> switchScreen(on, true);
            case 2004 -> setMode(Mode.BRACKETED_PASTE, on);
            case SYNCHRONIZED_OUTPUT_MODE -> setMode(Mode.SYNCHRONIZED_OUTPUT, on);
            default -> {
            }
        }
    }

    private void setMode(Mode mode, boolean on) {
        screen.setModes(screen.modes().with(mode, on));
    }

    private void setMouseTracking(MouseTracking tracking) {
        screen.setModes(screen.modes().withMouseTracking(tracking));
    }

    void useSettings(PaneSettings paneSettings) {
        settings = paneSettings;
    }

    private void switchScreen(boolean toAlternate, boolean withCursor) {
        // As tmux with alternate-screen off: the sequence is ignored whole, cursor and all.
        if (!settings.alternateScreen()) return;
        if (toAlternate) {
            screen.enterAlternateScreen(withCursor);
        } else {
            screen.leaveAlternateScreen(withCursor);
        }
    }

    /**
     * xterm's key modifier resources as tmux 3.3a reads them: {@code CSI > 4 ; 1 m} and {@code ; 2 m}
     * ask for extended keys, {@code CSI > 4 ; 0 m}, {@code CSI > 0 m} and {@code CSI > 4 n} stop them;
     * while extended-keys is always, only {@code CSI > 4 n} is heeded.
     */
    void modifyOtherKeys(Params params, int finalByte) {
        int resource = params.get(0);
        if (finalByte == 'n') {
            if (resource == 4) setMode(Mode.EXTENDED_KEYS, false);
            return;
        }
        int value = params.get(1);
        if (extendedKeysAlways.getAsBoolean()) return;
        if (resource == 0 || resource == 4 && value == 0) {
            setMode(Mode.EXTENDED_KEYS, false);
        } else if (resource == 4 && (value == 1 || value == 2)) {
            setMode(Mode.EXTENDED_KEYS, true);
        }
    }

    /**
     * DECRQM for mode 2026, the way the synchronized output spec has programs ask whether the
     * terminal has it: 1 while set, 2 while reset. tmux answers no DECRQM, so neither does mux for
     * the modes tmux has.
     */
    byte[] synchronizedOutputReport() {
        int state = screen.modes().synchronizedOutput() ? 1 : 2;
        return ("\033[?" + SYNCHRONIZED_OUTPUT_MODE + ";" + state + "$y").getBytes(StandardCharsets.US_ASCII);
    }
}
