package dev.mux.server.term;

/**
 * Paul Williams' DEC ANSI parser (vt100.net/emu/dec_ansi_parser) as data: for each state and byte,
 * the action to run and the state to enter. Bytes 0x80-0xff are never C1 controls here: the stream
 * is UTF-8, so ground decodes them (outside this table) and string states keep them as payload.
 *
 * <p>Deviations from the original, shared with alacritty's vte: ':' is a parameter byte (SGR
 * sub-parameters) rather than a reason to ignore the sequence, BEL ends an OSC string (xterm), and
 * DEL is ignored everywhere. Deviations shared with tmux, so that panes match it: {@code ESC k}
 * starts a string (screen's window title, ended as SOS/PM/APC are) that is kept like an OSC
 * payload, control bytes dropped, and a device control string ends only with {@code ESC \}: CAN,
 * SUB and any other escape inside it are its data.
 */
final class ParserTable {
    enum State {
        GROUND, ESCAPE, ESCAPE_INTERMEDIATE,
        CSI_ENTRY, CSI_PARAM, CSI_INTERMEDIATE, CSI_IGNORE,
        DCS_ENTRY, DCS_PARAM, DCS_INTERMEDIATE, DCS_PASSTHROUGH, DCS_ESCAPE, DCS_IGNORE,
        OSC_STRING, SOS_PM_APC_STRING, RENAME_STRING
    }

    enum Action {
        NONE, PRINT, EXECUTE, COLLECT, PARAM, ESC_DISPATCH, CSI_DISPATCH, PUT, OSC_PUT
    }

    private static final State[] STATES = State.values();
    private static final Action[] ACTIONS = Action.values();
    private static final int ACTION_BITS = 4;
    /** Marks an entry that changes state (even to the same state, which re-runs its entry action). */
    private static final int NO_TRANSITION = 0;

    private static final short[] TABLE = new short[STATES.length * 256];

    static {
        for (State state : STATES) {
            buildState(state);
            if (state != State.DCS_PASSTHROUGH && state != State.DCS_ESCAPE) {
                anywhere(state);
            }
        }
    }

    private ParserTable() {
    }

    static Action action(State state, int b) {
        return ACTIONS[TABLE[state.ordinal() * 256 + b] & (1 << ACTION_BITS) - 1];
    }

    /** The state to enter, or null if the byte keeps the parser where it is. */
    static State next(State state, int b) {
        int target = TABLE[state.ordinal() * 256 + b] >>> ACTION_BITS;
        return target == NO_TRANSITION ? null : STATES[target - 1];
    }

    private static void buildState(State state) {
        switch (state) {
            case GROUND -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x7e, Action.PRINT, null);
            }
            case ESCAPE -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x2f, Action.COLLECT, State.ESCAPE_INTERMEDIATE);
                set(state, 0x30, 0x7e, Action.ESC_DISPATCH, State.GROUND);
                set(state, 'P', 'P', Action.NONE, State.DCS_ENTRY);
                set(state, 'X', 'X', Action.NONE, State.SOS_PM_APC_STRING);
                set(state, '[', '[', Action.NONE, State.CSI_ENTRY);
                set(state, ']', ']', Action.NONE, State.OSC_STRING);
                set(state, '^', '_', Action.NONE, State.SOS_PM_APC_STRING);
                set(state, 'k', 'k', Action.NONE, State.RENAME_STRING);
            }
            case ESCAPE_INTERMEDIATE -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x2f, Action.COLLECT, null);
                set(state, 0x30, 0x7e, Action.ESC_DISPATCH, State.GROUND);
            }
            case CSI_ENTRY -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x2f, Action.COLLECT, State.CSI_INTERMEDIATE);
                set(state, 0x30, 0x3b, Action.PARAM, State.CSI_PARAM);
                set(state, 0x3c, 0x3f, Action.COLLECT, State.CSI_PARAM);
                set(state, 0x40, 0x7e, Action.CSI_DISPATCH, State.GROUND);
            }
            case CSI_PARAM -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x2f, Action.COLLECT, State.CSI_INTERMEDIATE);
                set(state, 0x30, 0x3b, Action.PARAM, null);
                set(state, 0x3c, 0x3f, Action.NONE, State.CSI_IGNORE);
                set(state, 0x40, 0x7e, Action.CSI_DISPATCH, State.GROUND);
            }
            case CSI_INTERMEDIATE -> {
                c0(state, Action.EXECUTE);
                set(state, 0x20, 0x2f, Action.COLLECT, null);
                set(state, 0x30, 0x3f, Action.NONE, State.CSI_IGNORE);
                set(state, 0x40, 0x7e, Action.CSI_DISPATCH, State.GROUND);
            }
            case CSI_IGNORE -> {
                c0(state, Action.EXECUTE);
                set(state, 0x40, 0x7e, Action.NONE, State.GROUND);
            }
            case DCS_ENTRY -> {
                set(state, 0x20, 0x2f, Action.COLLECT, State.DCS_INTERMEDIATE);
                set(state, 0x30, 0x3b, Action.PARAM, State.DCS_PARAM);
                set(state, 0x3c, 0x3f, Action.COLLECT, State.DCS_PARAM);
                set(state, 0x40, 0x7e, Action.NONE, State.DCS_PASSTHROUGH);
            }
            case DCS_PARAM -> {
                set(state, 0x20, 0x2f, Action.COLLECT, State.DCS_INTERMEDIATE);
                set(state, 0x30, 0x3b, Action.PARAM, null);
                set(state, 0x3c, 0x3f, Action.NONE, State.DCS_IGNORE);
                set(state, 0x40, 0x7e, Action.NONE, State.DCS_PASSTHROUGH);
            }
            case DCS_INTERMEDIATE -> {
                set(state, 0x20, 0x2f, Action.COLLECT, null);
                set(state, 0x30, 0x3f, Action.NONE, State.DCS_IGNORE);
                set(state, 0x40, 0x7e, Action.NONE, State.DCS_PASSTHROUGH);
            }
            case DCS_PASSTHROUGH -> {
                set(state, 0x00, 0xff, Action.PUT, null);
                set(state, 0x1b, 0x1b, Action.NONE, State.DCS_ESCAPE);
                set(state, 0x7f, 0x7f, Action.NONE, null);
            }
            case DCS_ESCAPE -> {
                set(state, 0x00, 0xff, Action.PUT, State.DCS_PASSTHROUGH);
                set(state, '\\', '\\', Action.NONE, State.GROUND);
            }
            case OSC_STRING -> {
                set(state, 0x07, 0x07, Action.NONE, State.GROUND);
                set(state, 0x20, 0x7e, Action.OSC_PUT, null);
                set(state, 0x80, 0xff, Action.OSC_PUT, null);
            }
            case RENAME_STRING -> {
                set(state, 0x20, 0x7e, Action.OSC_PUT, null);
                set(state, 0x80, 0xff, Action.OSC_PUT, null);
            }
            case DCS_IGNORE, SOS_PM_APC_STRING -> {
                // Everything is swallowed until the "anywhere" transitions end the string.
            }
        }
    }

    /** CAN and SUB abort any sequence; ESC starts a new one (and terminates strings, as ST). */
    private static void anywhere(State state) {
        set(state, 0x18, 0x18, Action.EXECUTE, State.GROUND);
        set(state, 0x1a, 0x1a, Action.EXECUTE, State.GROUND);
        set(state, 0x1b, 0x1b, Action.NONE, State.ESCAPE);
    }

    private static void c0(State state, Action action) {
        set(state, 0x00, 0x1f, action, null);
    }

    private static void set(State state, int first, int last, Action action, State next) {
        int target = next == null ? NO_TRANSITION : next.ordinal() + 1;
        for (int b = first; b <= last; b++) {
            TABLE[state.ordinal() * 256 + b] = (short) (target << ACTION_BITS | action.ordinal());
        }
    }
}
