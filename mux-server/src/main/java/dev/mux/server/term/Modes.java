package dev.mux.server.term;

/**
 * The modes a program sets in its terminal, as one immutable value: the {@link Decoder} replaces it
 * as sequences arrive, the {@link Screen} reads the few that change how text is written, and the
 * renderer reads the rest (cursor shape and visibility, and the input modes it puts the client's
 * terminal in). Resets are values too: {@link #INITIAL} for a new terminal and RIS, {@link
 * #afterSoftReset} for DECSTR.
 *
 * @param flags          the {@link Mode}s that are on, one bit each
 * @param mouseTracking  which mouse events the program asked for
 * @param cursorStyle    the DECSCUSR cursor shape: 0 default, 1/2 block, 3/4 underline, 5/6 bar
 *                       (odd ones blink)
 */
public record Modes(int flags, MouseTracking mouseTracking, int cursorStyle) {

    /** The modes that are simply on or off. */
    public enum Mode {
        /** DECAWM: a character past the last column goes to the next line. */
        AUTOWRAP,
        /** DECOM: cursor addressing counts rows from the top margin. */
        ORIGIN,
        /** IRM: printing shifts the rest of the line right. */
        INSERT,
        /** DECTCEM. */
        CURSOR_VISIBLE,
        /** DECCKM: cursor keys send their application sequences. */
        CURSOR_KEYS,
        /** DECKPAM: the keypad sends its application sequences. */
        KEYPAD,
        BRACKETED_PASTE,
        FOCUS_EVENTS,
        /** Mouse reports with coordinates in UTF-8 (mode 1005). */
        MOUSE_UTF8,
        /** Mouse reports in SGR form (mode 1006); takes precedence over {@link #MOUSE_UTF8}. */
        MOUSE_SGR,
        /**
         * Synchronized output (mode 2026): the program is drawing a frame, and the screen is not
         * to be shown until it ends the mode, so that the frame appears whole.
         */
        SYNCHRONIZED_OUTPUT,
        /**
         * The program asked for keys with all their modifiers (xterm's modifyOtherKeys, {@code CSI > 4 ; 1 m}
         * or {@code ; 2 m}): keys that have no plain form, such as C-Enter, reach it as {@code CSI key ; mod u}.
         */
        EXTENDED_KEYS
    }

    // Bits read on every printed run, kept as constants so that reading one is a mask.
    private static final int AUTOWRAP = bit(Mode.AUTOWRAP);
    private static final int ORIGIN = bit(Mode.ORIGIN);
    private static final int INSERT = bit(Mode.INSERT);
    private static final int CURSOR_VISIBLE = bit(Mode.CURSOR_VISIBLE);
    /** What DECSTR turns off; the mouse, paste and focus modes and the cursor shape stay. */
    private static final int SOFT_RESET_OFF = INSERT | ORIGIN | bit(Mode.CURSOR_KEYS) | bit(Mode.KEYPAD);

    /** A new terminal's modes, and those after RIS: autowrap and a visible cursor, nothing else. */
    public static final Modes INITIAL = new Modes(AUTOWRAP | CURSOR_VISIBLE, MouseTracking.OFF, 0);

    private static int bit(Mode mode) {
        return 1 << mode.ordinal();
    }

    public boolean has(Mode mode) {
        return (flags & bit(mode)) != 0;
    }

    public Modes with(Mode mode, boolean on) {
        int changed = on ? flags | bit(mode) : flags & ~bit(mode);
        return changed == flags ? this : new Modes(changed, mouseTracking, cursorStyle);
    }

    public Modes withMouseTracking(MouseTracking tracking) {
        return new Modes(flags, tracking, cursorStyle);
    }

    public Modes withCursorStyle(int style) {
        return new Modes(flags, mouseTracking, style);
    }

    /** DECSTR: insert, origin and the application key modes off, autowrap and the cursor on. */
    public Modes afterSoftReset() {
        return new Modes(flags & ~SOFT_RESET_OFF | AUTOWRAP | CURSOR_VISIBLE, mouseTracking, cursorStyle);
    }

    /** Autowrap on and insert mode off: text overwrites cells and wraps, which the fast text path needs. */
    public boolean overwritesAndWraps() {
        return (flags & (AUTOWRAP | INSERT)) == AUTOWRAP;
    }

    public boolean autowrap() {
        return (flags & AUTOWRAP) != 0;
    }

    public boolean originMode() {
        return (flags & ORIGIN) != 0;
    }

    public boolean insertMode() {
        return (flags & INSERT) != 0;
    }

    public boolean cursorVisible() {
        return (flags & CURSOR_VISIBLE) != 0;
    }

    public boolean applicationCursorKeys() {
        return has(Mode.CURSOR_KEYS);
    }

    public boolean applicationKeypad() {
        return has(Mode.KEYPAD);
    }

    public boolean bracketedPaste() {
        return has(Mode.BRACKETED_PASTE);
    }

    public boolean focusEvents() {
        return has(Mode.FOCUS_EVENTS);
    }

    public boolean synchronizedOutput() {
        return has(Mode.SYNCHRONIZED_OUTPUT);
    }

    public boolean extendedKeys() {
        return has(Mode.EXTENDED_KEYS);
    }

    public MouseEncoding mouseEncoding() {
        if (has(Mode.MOUSE_SGR)) {
            return MouseEncoding.SGR;
        }
        return has(Mode.MOUSE_UTF8) ? MouseEncoding.UTF8 : MouseEncoding.X10;
    }
}
