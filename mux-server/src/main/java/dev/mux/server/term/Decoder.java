package dev.mux.server.term;

import dev.mux.server.term.Modes.Mode;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Gives what the {@link Parser} reports its meaning: which control, escape sequence, CSI, OSC or
 * DCS does what to a {@link Screen} (OSCs through {@link OscCommands}), and what a query answers.
 * It follows what terminfo's {@code tmux-256color} promises and, where terminals disagree, what
 * tmux 3.3a does. It holds no state of its own: the cursor, the grid and the {@link Modes} belong
 * to the screen. Unknown or malformed sequences change nothing.
 */
public final class Decoder implements Performer {
    private static final byte[] PRIMARY_DEVICE_ATTRIBUTES = ascii("\033[?1;2c");
    /** tmux's own answer: terminal type 84 ('T'), version 0. */
    private static final byte[] SECONDARY_DEVICE_ATTRIBUTES = ascii("\033[>84;0;0c");
    private static final byte[] STATUS_OK = ascii("\033[0n");
    /** Highest DECSCUSR shape; a higher one is ignored. */
    private static final int MAX_CURSOR_STYLE = 6;

    private final Screen screen;
    private final Cursor cursor;
    private final ScreenEdits edits;
    private final Consumer<byte[]> replies;
    private final OscCommands osc;
    private final PassthroughCollector passthrough = new PassthroughCollector();
    private final PrivateModes privateModes;
    private final ScreenText text;

    /**
     * @param replies receives the answers to queries (device attributes, cursor position), which
     *                belong on the pane's pty input
     */
    public Decoder(Screen screen, Consumer<byte[]> replies) {
        this.screen = screen;
        this.cursor = screen.cursor();
        this.edits = new ScreenEdits(screen);
        this.replies = replies;
        this.osc = new OscCommands(screen, edits);
        this.privateModes = new PrivateModes(screen);
        this.text = screen.text();
    }

    // Text goes straight through: this is the hottest path of the server.

    @Override
    public void print(int codePoint) {
        text.print(codePoint);
    }

    @Override
    public void printAscii(byte[] data, int from, int to) {
        text.printAscii(data, from, to);
    }

    @Override
    public void execute(int controlByte) {
        text.endText();
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
        text.endText();
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
        int repeatable = text.endText();
        if (ignore) {
            return;
        }
        switch (intermediates) {
            case 0 -> csi(params, finalByte, repeatable);
            case '?' -> privateCsi(params, finalByte);
            case '?' << 8 | '$' -> {
                if (finalByte == 'p' && params.get(0) == PrivateModes.SYNCHRONIZED_OUTPUT_MODE) {
                    replies.accept(privateModes.synchronizedOutputReport());
                }
            }
            case '>' -> {
                if (finalByte == 'c' && params.get(0) == 0) {
                    replies.accept(SECONDARY_DEVICE_ATTRIBUTES.clone());
                } else if (finalByte == 'm' || finalByte == 'n') {
                    privateModes.modifyOtherKeys(params, finalByte);
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
            case 'b' -> text.repeat(repeatable, count);
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
                    privateModes.set(params.number(index, 0, Params.UNUSABLE), finalByte == 'h');
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

    /** The pane's options this decoder asks (see {@link PaneSettings}). */
    public void useSettings(PaneSettings paneSettings) {
        privateModes.useSettings(paneSettings);
        edits.useSettings(paneSettings);
    }

    private void setMode(Mode mode, boolean on) {
        screen.setModes(screen.modes().with(mode, on));
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

    /** Who hears the data of tmux's passthrough strings ({@code ESC P tmux; ... ESC \\}); nobody at first. */
    public void onPassthrough(Consumer<byte[]> listener) {
        passthrough.listen(listener);
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
        osc.onClipboard(listener);
    }

    public void extendedKeysAlways(BooleanSupplier always) {
        privateModes.extendedKeysAlways(always);
    }

    public void onFocusReportsOn(Runnable listener) {
        privateModes.onFocusReportsOn(listener);
    }

    public void onRename(Consumer<String> listener) {
        osc.onRename(listener);
    }

    @Override
    public void renameDispatch(byte[] payload, int length) {
        text.endText();
        osc.rename(payload, length);
    }

    @Override
    public void oscDispatch(byte[] payload, int length) {
        text.endText();
        osc.dispatch(payload, length);
    }

    @Override
    public void hook(Params params, int intermediates, boolean ignore, int finalByte) {
        text.endText();
        passthrough.start(finalByte);
    }

    @Override
    public void put(int dataByte) {
        passthrough.add(dataByte);
    }

    @Override
    public void unhook() {
        passthrough.end();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
