package dev.mux.server.mouse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mouse report from a client's terminal, in SGR form ({@code ESC [ < b ; x ; y M}, or {@code m}
 * for a release) or the original X10 form ({@code ESC [ M} and three bytes). {@code button} is the
 * xterm button code: the low two bits name the button, 4/8/16 are shift/meta/control, 32 marks a
 * motion and 64 a wheel. Coordinates are 0-based cells of the client's terminal.
 */
public record MouseEvent(int button, int column, int row, boolean release) {
    private static final Pattern SGR = Pattern.compile("\033\\[<(\\d{1,4});(\\d{1,4});(\\d{1,4})([Mm])");
    private static final int X10_LENGTH = 6;
    private static final int X10_OFFSET = 32;
    /** The X10 form has no release flag: button number 3 means "released". */
    private static final int X10_RELEASE = 3;
    static final int MOTION = 32;
    static final int WHEEL = 64;
    /** Button bits for the flags above and the button itself, without shift, meta and control. */
    private static final int KIND = MOTION | WHEEL | 3;

    /** The event a key from {@code KeyReader} reports, if it is a mouse report. */
    public static Optional<MouseEvent> parse(byte[] typed) {
        // Every key passes here: most are not even the start of a report, and need no regex.
        if (typed.length < X10_LENGTH || typed[0] != '\033' || typed[1] != '[') return Optional.empty();
        String text = new String(typed, StandardCharsets.ISO_8859_1);
        Matcher sgr = SGR.matcher(text);
        if (sgr.matches()) {
            int column = Integer.parseInt(sgr.group(2)) - 1;
            int row = Integer.parseInt(sgr.group(3)) - 1;
            if (column < 0 || row < 0) return Optional.empty();
            return Optional.of(new MouseEvent(Integer.parseInt(sgr.group(1)), column, row, sgr.group(4).equals("m")));
        }
        if (typed.length == X10_LENGTH && text.startsWith("\033[M")) {
            int button = (typed[3] & 0xff) - X10_OFFSET;
            int column = (typed[4] & 0xff) - X10_OFFSET - 1;
            int row = (typed[5] & 0xff) - X10_OFFSET - 1;
            if (button < 0 || column < 0 || row < 0) return Optional.empty();
            boolean release = (button & (WHEEL | 3)) == X10_RELEASE;
            return Optional.of(new MouseEvent(button, column, row, release));
        }
        return Optional.empty();
    }

    public boolean wheelUp() {
        return (button & KIND) == WHEEL;
    }

    public boolean wheelDown() {
        return (button & KIND) == (WHEEL | 1);
    }

    public boolean isWheel() {
        return (button & WHEEL) != 0;
    }

    public boolean isMotion() {
        return (button & MOTION) != 0;
    }

    /** A button going down (not a wheel, a motion or a release). */
    public boolean isPress() {
        return !release && !isWheel() && !isMotion();
    }
}
