package dev.mux.server.term;

import dev.mux.server.term.ParserTable.Action;
import dev.mux.server.term.ParserTable.State;

/**
 * Splits a byte stream into printable characters, controls and escape sequences, and reports them
 * to a {@link Performer}. It knows no meaning: that is the performer's job. Any input is accepted:
 * parameters saturate, extra parameters or intermediates set the {@code ignore} flag, and string
 * payloads beyond {@link #MAX_OSC_LENGTH} bytes are dropped.
 */
public final class Parser {
    /**
     * Longest OSC payload kept: a clipboard's text (OSC 52) can be long, as tmux's 1 MiB input
     * limit allows; the buffer starts small and grows only for such payloads.
     */
    public static final int MAX_OSC_LENGTH = 1 << 20;
    private static final int FIRST_OSC_LENGTH = 4096;
    /** Intermediate bytes kept per sequence; no sequence we act on has more. */
    public static final int MAX_INTERMEDIATES = 2;

    private final Performer performer;
    private final Params params = new Params();
    private final Utf8Decoder utf8 = new Utf8Decoder();
    private byte[] osc = new byte[FIRST_OSC_LENGTH];
    private State state = State.GROUND;
    private int intermediates;
    private int intermediateCount;
    private boolean ignoring;
    private int oscLength;

    public Parser(Performer performer) {
        this.performer = performer;
    }

    public void advance(byte[] data, int offset, int length) {
        int end = offset + length;
        int index = offset;
        while (index < end) {
            byte b = data[index];
            boolean lineEnd = b == '\r' || b == '\n';
            if (state != State.GROUND || !lineEnd && !isPrintableAscii(b)) {
                advance(b & 0xff);
                index++;
                continue;
            }
            // What the table does in ground state, without it per byte: a partial UTF-8 sequence
            // ends, and line ends (as common as text) are executed.
            utf8.reset();
            if (lineEnd) {
                performer.execute(b);
                index++;
                continue;
            }
            // Most output is runs of plain text: handed over whole, they skip the table per byte.
            int runEnd = index + 1;
            while (runEnd < end && isPrintableAscii(data[runEnd])) {
                runEnd++;
            }
            performer.printAscii(data, index, runEnd);
            index = runEnd;
        }
    }

    /** The bytes that ground state prints as they are (DEL is ignored there). */
    private static boolean isPrintableAscii(byte b) {
        return b >= 0x20 && b < 0x7f;
    }

    public void advance(int b) {
        if (state == State.GROUND && b >= 0x80) {
            int codePoint = utf8.accept(b);
            if (codePoint != Utf8Decoder.NOTHING) {
                performer.print(codePoint);
            }
            return;
        }
        if (utf8.inSequence()) {
            utf8.reset();
        }
        State next = ParserTable.next(state, b);
        if (next == null) {
            perform(ParserTable.action(state, b), b);
            return;
        }
        State leaving = state;
        leave(leaving, next);
        perform(ParserTable.action(state, b), b);
        enter(leaving, next, b);
    }

    /** Runs the exit action of a state; an escape inside a device control string is still inside it. */
    private void leave(State leaving, State next) {
        if (leaving == State.OSC_STRING) {
            performer.oscDispatch(osc, oscLength);
        } else if (leaving == State.RENAME_STRING) {
            performer.renameDispatch(osc, oscLength);
        } else if (leaving == State.DCS_ESCAPE && next == State.GROUND) {
            performer.unhook();
        }
    }

    /** Runs the entry action of a state; {@code b} is the byte that led there. */
    private void enter(State leaving, State entering, int b) {
        state = entering;
        switch (entering) {
            case ESCAPE, CSI_ENTRY, DCS_ENTRY -> clearSequence();
            case OSC_STRING, RENAME_STRING -> {
                oscLength = 0;
                if (osc.length > FIRST_OSC_LENGTH) osc = new byte[FIRST_OSC_LENGTH];
            }
            case DCS_PASSTHROUGH -> {
                if (leaving != State.DCS_ESCAPE) {
                    performer.hook(params, intermediates, ignoring, b);
                }
            }
            default -> {
            }
        }
    }

    private void perform(Action action, int b) {
        switch (action) {
            case PRINT -> performer.print(b);
            case EXECUTE -> performer.execute(b);
            case COLLECT -> collect(b);
            case PARAM -> param(b);
            case ESC_DISPATCH -> performer.escDispatch(intermediates, ignoring, b);
            case CSI_DISPATCH -> performer.csiDispatch(params, intermediates, ignoring, b);
            case PUT -> performer.put(b);
            case OSC_PUT -> {
                if (oscLength == osc.length && osc.length < MAX_OSC_LENGTH) {
                    osc = java.util.Arrays.copyOf(osc, Math.min(MAX_OSC_LENGTH, osc.length * 2));
                }
                if (oscLength < osc.length) {
                    osc[oscLength++] = (byte) b;
                }
            }
            case NONE -> {
            }
        }
    }

    private void clearSequence() {
        params.clear();
        intermediates = 0;
        intermediateCount = 0;
        ignoring = false;
    }

    private void collect(int b) {
        if (intermediateCount == MAX_INTERMEDIATES) {
            ignoring = true;
            return;
        }
        intermediates = intermediates << 8 | b;
        intermediateCount++;
    }

    private void param(int b) {
        if (b == ';' || b == ':') {
            if (params.size() == 0) {
                startValue(true);
            }
            startValue(b == ';');
        } else {
            if (params.size() == 0) {
                startValue(true);
            }
            if (!ignoring) {
                params.appendDigit(b - '0');
            }
        }
    }

    /** Starts a parameter (or a sub-parameter); past the limit the sequence is marked ignored. */
    private void startValue(boolean newParameter) {
        if (params.isFull()) {
            ignoring = true;
        } else if (newParameter) {
            params.startGroup();
        } else {
            params.startSubParameter();
        }
    }
}
