package dev.mux.server.render;

import dev.mux.server.term.Modes;
import dev.mux.server.term.MouseEncoding;
import dev.mux.server.term.MouseTracking;

/**
 * The modes that decide how a terminal encodes what the user types: cursor keys, keypad, bracketed
 * paste, focus and mouse reports, as a client's terminal has them. The client relays the outer
 * terminal's bytes to the pane as they are, so the outer terminal is put in the active pane's modes
 * (the input part of its {@link Modes}); {@link #changeTo} says how. Mouse reports are the
 * exception: mux reads them ({@link #withMouse}).
 */
public record InputModes(boolean applicationCursorKeys, boolean applicationKeypad, boolean bracketedPaste,
                         boolean focusEvents, MouseTracking mouseTracking, MouseEncoding mouseEncoding) {

    /** A terminal's modes after reset, which is what a freshly attached client's terminal is in. */
    public static final InputModes RESET = of(Modes.INITIAL);

    /** The input part of a pane's modes. */
    public static InputModes of(Modes modes) {
        return new InputModes(modes.applicationCursorKeys(), modes.applicationKeypad(), modes.bracketedPaste(),
                modes.focusEvents(), modes.mouseTracking(), modes.mouseEncoding());
    }

    /**
     * The modes mux itself needs on top: with the mouse option on, button and drag reports (all
     * motion when the pane asks for it); and SGR encoding whenever reports come, because mux reads
     * each report and encodes it again for the pane under the pointer.
     */
    public InputModes withMouse(boolean mouse) {
        MouseTracking tracking = mouse && mouseTracking != MouseTracking.ALL_MOTION ? MouseTracking.BUTTON_MOTION : mouseTracking;
        MouseEncoding encoding = tracking == MouseTracking.OFF ? MouseEncoding.X10 : MouseEncoding.SGR;
        return new InputModes(applicationCursorKeys, applicationKeypad, bracketedPaste, focusEvents, tracking, encoding);
    }

    /**
     * Focus reports exactly while the focus-events option is on, whatever the pane asked, as tmux
     * 3.3a asks the terminal for them: mux reads them (the client's focus decides which pane has
     * it), and panes that asked are told of their own focus.
     */
    public InputModes withFocus(boolean option) {
        return option == focusEvents ? this
            : new InputModes(applicationCursorKeys, applicationKeypad, bracketedPaste, option, mouseTracking, mouseEncoding);
    }

    /** The sequences that move a terminal from these modes to {@code next}; empty if they agree. */
    public String changeTo(InputModes next) {
        StringBuilder out = new StringBuilder();
        if (applicationCursorKeys != next.applicationCursorKeys) out.append(decset(1, next.applicationCursorKeys));
        if (applicationKeypad != next.applicationKeypad) out.append(next.applicationKeypad ? "\033=" : "\033>");
        if (bracketedPaste != next.bracketedPaste) out.append(decset(2004, next.bracketedPaste));
        if (focusEvents != next.focusEvents) out.append(decset(1004, next.focusEvents));
        if (mouseTracking != next.mouseTracking) {
            if (mouseTracking != MouseTracking.OFF) out.append(decset(trackingMode(mouseTracking), false));
            if (next.mouseTracking != MouseTracking.OFF) out.append(decset(trackingMode(next.mouseTracking), true));
        }
        if (mouseEncoding != next.mouseEncoding) {
            if (mouseEncoding != MouseEncoding.X10) out.append(decset(encodingMode(mouseEncoding), false));
            if (next.mouseEncoding != MouseEncoding.X10) out.append(decset(encodingMode(next.mouseEncoding), true));
        }
        return out.toString();
    }

    private static String decset(int mode, boolean on) {
        return "\033[?" + mode + (on ? 'h' : 'l');
    }

    private static int trackingMode(MouseTracking tracking) {
        return switch (tracking) {
            case X10 -> 9;
            case BUTTON_PRESSES -> 1000;
            case BUTTON_MOTION -> 1002;
            case ALL_MOTION, OFF -> 1003;
        };
    }

    private static int encodingMode(MouseEncoding encoding) {
        return encoding == MouseEncoding.UTF8 ? 1005 : 1006;
    }
}
