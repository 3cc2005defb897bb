package dev.mux.server.term;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A pane's terminal: the bytes a program writes go through the {@link Parser}, which splits them,
 * and the {@link Decoder}, which gives them their meaning, into a {@link Screen}. The few questions
 * a pane asks often (size, key modes, capture) are answered here directly; the renderer reads
 * everything else from {@link #screen()}.
 */
public final class Terminal {
    private final Screen screen;
    private final Parser parser;
    private final Decoder decoder;

    /**
     * @param replies receives the terminal's answers to queries (device attributes, cursor
     *                position), which belong on the pane's pty input
     */
    public Terminal(int columns, int rows, int historyLimit, Consumer<byte[]> replies) {
        screen = new Screen(columns, rows, historyLimit);
        decoder = new Decoder(screen, replies);
        parser = new Parser(decoder);
    }

    /** A terminal with {@link Screen#DEFAULT_HISTORY_LIMIT} lines of history. */
    public Terminal(int columns, int rows, Consumer<byte[]> replies) {
        this(columns, rows, Screen.DEFAULT_HISTORY_LIMIT, replies);
    }

    /** Parses one read of the program's output. */
    public void feed(byte[] data, int offset, int length) {
        parser.advance(data, offset, length);
        screen.endOfRead();
    }

    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /**
     * extended-keys always, as tmux 3.3a has it: the pane starts with extended keys (as after
     * respawn) when {@code always} says so then, and meanwhile ignores the program's modifyOtherKeys.
     */
    public void extendedKeysAlways(BooleanSupplier always) {
        decoder.extendedKeysAlways(always);
        if (always.getAsBoolean()) screen.setModes(screen.modes().with(Modes.Mode.EXTENDED_KEYS, true));
    }

    /** Who hears that the program turned focus reports (mode 1004) on. */
    public void onFocusReportsOn(Runnable listener) {
        decoder.onFocusReportsOn(listener);
    }

    /** Who hears the OSC 52 (clipboard) sequences of the program: what follows "52;", as sent. */
    public void onClipboard(Consumer<String> listener) {
        decoder.onClipboard(listener);
    }

    /** Who hears the data of the program's passthrough strings, for the outer terminal (allow-passthrough). */
    public void onPassthrough(Consumer<byte[]> listener) {
        decoder.onPassthrough(listener);
    }

    /** Who hears a window name the program asks for ({@code ESC k name ESC \\}), decoded. */
    public void onRename(Consumer<String> listener) {
        decoder.onRename(listener);
    }

    /** The pane's options the terminal asks as it takes output (scroll-on-clear, alternate-screen). */
    public void useSettings(PaneSettings settings) {
        decoder.useSettings(settings);
    }

    public Screen screen() {
        return screen;
    }

    public int columns() {
        return screen.columns();
    }

    public int rows() {
        return screen.rows();
    }

    public void resize(int columns, int rows) {
        screen.resize(columns, rows);
    }

    public boolean applicationCursorKeys() {
        return screen.modes().applicationCursorKeys();
    }

    public boolean applicationKeypad() {
        return screen.modes().applicationKeypad();
    }

    public String captureVisibleText() {
        return screen.captureVisibleText();
    }
}
