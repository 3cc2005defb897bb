package dev.mux.server.term;

import dev.mux.server.term.Modes.Mode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Gives what the {@link Parser} reports its meaning: which control, escape sequence, CSI, OSC or
 * DCS does what to a {@link Screen}, and what a query answers. It follows what terminfo's
 * {@code tmux-256color} promises and, where terminals disagree, what tmux 3.3a does. It holds no
 * state of its own: the cursor, the grid and the {@link Modes} belong to the screen. Unknown or
 * malformed sequences change nothing.
 */
public final class Decoder implements Performer {
    private static final byte[] PRIMARY_DEVICE_ATTRIBUTES = ascii("\033[?1;2c");
    /** tmux's own answer: terminal type 84 ('T'), version 0. */
    private static final byte[] SECONDARY_DEVICE_ATTRIBUTES = ascii("\033[>84;0;0c");
    private static final byte[] STATUS_OK = ascii("\033[0n");
    /** Highest DECSCUSR shape; a higher one is ignored. */
    private static final int MAX_CURSOR_STYLE = 6;
    /** DEC private mode number of synchronized output. */
    private static final int SYNCHRONIZED_OUTPUT_MODE = 2026;

    private final Screen screen;
    private final Cursor cursor;
    private final ScreenEdits edits;
    private final Consumer<byte[]> replies;
    /** OSC 12 sets the cursor colour, OSC 112 resets it; the outer terminal is given them (see the renderer). */
    private static final int CURSOR_COLOUR = 12;
    private static final int CURSOR_COLOUR_RESET = 112;
    /** Hears OSC 52: the server decides what a program may do with the clipboard. */
    private Consumer<String> clipboard = payload -> { };
    /** Hears ESC k: the model decides whether the window takes the name (allow-rename). */
    private Consumer<String> renamer = name -> { };
    private PaneSettings settings = PaneSettings.DEFAULTS;

    /**
     * @param replies receives the answers to queries (device attributes, cursor position), which
     *                belong on the pane's pty input
     */
    public Decoder(Screen screen, Consumer<byte[]> replies) {
        this.screen = screen;
        this.cursor = screen.cursor();
        this.edits = new ScreenEdits(screen);
        this.replies = replies;
    }

    // Text goes straight through: this is the hottest path of the server.

    @Override
    public void print(int codePoint) {
        screen.print(codePoint);
    }

    @Override
    public void printAscii(byte[] data, int from, int to) {
        screen.printAscii(data, from, to);
    }

    @Override
    public void execute(int controlByte) {
        screen.endText();
        switch (controlByte) {
            case 0x07 -> screen.bell();
            case 0x08 -> screen.backspace();
            case 0x09 -> cursor.tab(1);
            case 0x0a, 0x0b, 0x0c -> screen.lineFeed();
            case 0x0d -> cursor.carriageReturn();
            case 0x0e -> screen.invokeCharset(true);
            case 0x0f -> screen.invokeCharset(false);
            default -> {
            }
        }
    }

    @Override
    public void escDispatch(int intermediates, boolean ignore, int finalByte) {
        screen.endText();
        if (ignore) {
            return;
        }
        switch (intermediates) {
            case 0 -> escape(finalByte);
            case '(' -> screen.designateCharset(0, finalByte);
            case ')' -> screen.designateCharset(1, finalByte);
            case '#' -> {
                if (finalByte == '8') {
                    edits.screenAlignment();
                }
            }
            default -> {
            }
        }
    }

    private void escape(int finalByte) {
        switch (finalByte) {
            case '7' -> screen.saveCursor();
            case '8' -> screen.restoreCursor();
            case 'D' -> screen.lineFeed();
            case 'E' -> {
                cursor.carriageReturn();
                screen.lineFeed();
            }
            case 'H' -> cursor.tabStops().set(cursor.column());
            case 'M' -> screen.reverseIndex();
            case 'c' -> screen.fullReset();
            case '=' -> setMode(Mode.KEYPAD, true);
            case '>' -> setMode(Mode.KEYPAD, false);
            default -> {
            }
        }
    }

    @Override
    public void csiDispatch(Params params, int intermediates, boolean ignore, int finalByte) {
        int repeatable = screen.endText();
        if (ignore) {
            return;
        }
        switch (intermediates) {
            case 0 -> csi(params, finalByte, repeatable);
            case '?' -> privateCsi(params, finalByte);
            case '?' << 8 | '$' -> {
                if (finalByte == 'p' && params.get(0) == SYNCHRONIZED_OUTPUT_MODE) {
                    reportSynchronizedOutput();
                }
            }
            case '>' -> {
                if (finalByte == 'c' && params.get(0) == 0) {
                    replies.accept(SECONDARY_DEVICE_ATTRIBUTES.clone());
                }
            }
            case '!' -> {
                if (finalByte == 'p') {
                    screen.softReset();
                }
            }
            case ' ' -> {
                if (finalByte == 'q' && params.get(0) <= MAX_CURSOR_STYLE) {
                    screen.setModes(screen.modes().withCursorStyle(params.get(0)));
                }
            }
            default -> {
            }
        }
    }

    /**
     * CSI sequences without a private marker, read as tmux 3.3a reads them: a count of 0 means 1,
     * and a sequence whose parameter has sub-parameters ({@code CSI 1:2 H}) is ignored.
     */
    private void csi(Params params, int finalByte, int repeatable) {
        int count = params.number(0, 1, 1);
        if (count == Params.UNUSABLE && finalByte != 'm' && finalByte != 'h' && finalByte != 'l') {
            return;
        }
        switch (finalByte) {
            case '@' -> edits.insertCharacters(count);
            case 'A' -> cursor.up(count);
            case 'B', 'e' -> cursor.down(count);
            case 'C', 'a' -> cursor.forward(count);
            case 'D' -> cursor.back(count);
            case 'E' -> {
                cursor.down(count);
                cursor.carriageReturn();
            }
            case 'F' -> {
                cursor.up(count);
                cursor.carriageReturn();
            }
            case 'G', '`' -> cursor.toColumn(count - 1);
            case 'H', 'f' -> {
                int column = params.number(1, 1, 1);
                if (column != Params.UNUSABLE) {
                    cursorPosition(column - 1, count - 1);
                }
            }
            case 'I' -> cursor.tab(count);
            case 'J' -> edits.eraseInDisplay(params.number(0, 0, 0), params.number(1, 0, 0));
            case 'K' -> edits.eraseInLine(params.number(0, 0, 0));
            case 'L' -> edits.insertLines(count);
            case 'M' -> edits.deleteLines(count);
            case 'P' -> edits.deleteCharacters(count);
            case 'S' -> edits.scrollUp(count);
            case 'T' -> edits.scrollDown(count);
            case 'X' -> edits.eraseCharacters(count);
            case 'Z' -> cursor.backTab(count);
            case 'b' -> screen.repeat(repeatable, count);
            case 'c' -> {
                if (params.number(0, 0, 0) == 0) {
                    replies.accept(PRIMARY_DEVICE_ATTRIBUTES.clone());
                }
            }
            case 'd' -> cursorPosition(cursor.column(), count - 1);
            case 'g' -> clearTabStops(params.number(0, 0, 0));
            case 'h', 'l' -> {
                for (int index = 0; index < params.size(); index++) {
                    if (params.number(index, 0, Params.UNUSABLE) == 4) {
                        setMode(Mode.INSERT, finalByte == 'h');
                    }
                }
            }
            case 'm' -> Sgr.apply(screen, params);
            case 'n' -> deviceStatusReport(params.number(0, 0, 0));
            case 'r' -> {
                int bottom = params.number(1, 1, screen.rows());
                if (bottom != Params.UNUSABLE) {
                    cursor.setRegion(count - 1, bottom - 1, screen.modes().originMode());
                }
            }
            case 's' -> screen.saveCursor();
            case 'u' -> screen.restoreCursor();
            default -> {
            }
        }
    }

    private void privateCsi(Params params, int finalByte) {
        switch (finalByte) {
            case 'h', 'l' -> {
                for (int index = 0; index < params.size(); index++) {
                    setPrivateMode(params.number(index, 0, Params.UNUSABLE), finalByte == 'h');
                }
            }
            case 'J' -> edits.eraseInDisplay(params.number(0, 0, 0), 0);
            case 'K' -> edits.eraseInLine(params.number(0, 0, 0));
            case 'W' -> {
                if (params.get(0) == 5) {
                    cursor.tabStops().reset();
                }
            }
            default -> {
            }
        }
    }

    /** DECSET and DECRST. */
    private void setPrivateMode(int mode, boolean on) {
        switch (mode) {
            case 1 -> setMode(Mode.CURSOR_KEYS, on);
            case 6 -> {
                setMode(Mode.ORIGIN, on);
                cursorPosition(0, 0);
            }
            case 7 -> setMode(Mode.AUTOWRAP, on);
            case 25 -> setMode(Mode.CURSOR_VISIBLE, on);
            case 9 -> setMouseTracking(on ? MouseTracking.X10 : MouseTracking.OFF);
            case 1000 -> setMouseTracking(on ? MouseTracking.BUTTON_PRESSES : MouseTracking.OFF);
            case 1002 -> setMouseTracking(on ? MouseTracking.BUTTON_MOTION : MouseTracking.OFF);
            case 1003 -> setMouseTracking(on ? MouseTracking.ALL_MOTION : MouseTracking.OFF);
            case 1004 -> setMode(Mode.FOCUS_EVENTS, on);
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

    /** The pane's options this decoder asks (see {@link PaneSettings}). */
    public void useSettings(PaneSettings paneSettings) {
        settings = paneSettings;
        edits.useSettings(paneSettings);
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

    /** CUP, HVP and VPA address rows from the top margin in origin mode. */
    private void cursorPosition(int column, int row) {
        cursor.position(column, row, screen.modes().originMode());
    }

    /** TBC: 0 clears the stop at the cursor, 3 all of them. */
    private void clearTabStops(int mode) {
        if (mode == 0) {
            cursor.tabStops().clear(cursor.column());
        } else if (mode == 3) {
            cursor.tabStops().clearAll();
        }
    }

    /** DSR: 5 asks whether all is well, 6 where the cursor is (relative to the margin in origin mode). */
    private void deviceStatusReport(int request) {
        if (request == 5) {
            replies.accept(STATUS_OK.clone());
        } else if (request == 6) {
            int row = screen.modes().originMode() ? cursor.row() - cursor.top() : cursor.row();
            replies.accept(ascii("\033[" + (row + 1) + ";" + (cursor.column() + 1) + "R"));
        }
    }

    public void onClipboard(Consumer<String> listener) {
        clipboard = listener;
    }

    public void onRename(Consumer<String> listener) {
        renamer = listener;
    }

    /** ESC k: a name that is not valid UTF-8 is dropped, as tmux drops it. */
    @Override
    public void renameDispatch(byte[] payload, int length) {
        screen.endText();
        try {
            renamer.accept(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload, 0, length)).toString());
        } catch (CharacterCodingException notUtf8) {
            // Nothing is renamed.
        }
    }

    /**
     * Sets the title on OSC 0 and 2, leaving out characters that take no cell, and the path the
     * program reports on OSC 7 (kept as sent, as tmux keeps it), the cursor colour of OSC 12 and
     * 112; passes OSC 52 on; OSC 8 sets the pen's hyperlink ({@link OscHyperlink}) and OSC 133
     * marks prompts ({@link ScreenEdits#markPrompt}); other OSCs are ignored.
     */
    @Override
    public void oscDispatch(byte[] payload, int length) {
        screen.endText();
        int separator = 0;
        int command = 0;
        while (separator < length && payload[separator] >= '0' && payload[separator] <= '9' && command < 1000) {
            command = command * 10 + payload[separator] - '0';
            separator++;
        }
        if (command == CURSOR_COLOUR_RESET && separator == length) {
            screen.setCursorColour("");
            return;
        }
        if (separator == 0 || separator >= length || payload[separator] != ';') {
            return;
        }
        if (command == CURSOR_COLOUR) {
            String colour = new String(payload, separator + 1, length - separator - 1, StandardCharsets.US_ASCII);
            if (!colour.equals("?")) screen.setCursorColour(colour);
        }
        if (command == 52) {
            clipboard.accept(new String(payload, separator + 1, length - separator - 1, StandardCharsets.US_ASCII));
        }
        if (command == 0 || command == 2) {
            String text = new String(payload, separator + 1, length - separator - 1, StandardCharsets.UTF_8);
            screen.setTitle(text.codePoints()
                .filter(codePoint -> WcWidth.of(codePoint) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
        } else if (command == 133 && separator + 1 < length) {
            edits.markPrompt(payload[separator + 1]);
        } else if (command == 8) {
            OscHyperlink.apply(screen.extras(), payload, separator + 1, length);
        } else if (command == 7) {
            String path = new String(payload, separator + 1, length - separator - 1, StandardCharsets.UTF_8);
            if (path.indexOf('\uFFFD') < 0) {
                screen.setReportedPath(path);
            }
        }
    }

    /**
     * DECRQM for mode 2026, the way the synchronized output spec has programs ask whether the
     * terminal has it: 1 while set, 2 while reset. tmux answers no DECRQM, so neither does mux for
     * the modes tmux has.
     */
    private void reportSynchronizedOutput() {
        int state = screen.modes().synchronizedOutput() ? 1 : 2;
        replies.accept(ascii("\033[?" + SYNCHRONIZED_OUTPUT_MODE + ";" + state + "$y"));
    }

    @Override
    public void hook(Params params, int intermediates, boolean ignore, int finalByte) {
        screen.endText();
    }

    @Override
    public void put(int dataByte) {
        // Data of an unsupported device control string.
    }

    @Override
    public void unhook() {
        // End of an unsupported device control string.
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
