package dev.mux.server.model;

import dev.mux.server.mode.ModeStack;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.Options;
import dev.mux.server.pty.PaneProcess;
import dev.mux.server.term.Terminal;

/**
 * One pane: a process on a pseudo-terminal, the emulated screen its output draws on, and the modes
 * (copy mode, clock mode) shown over that screen while they are on. The version counts changes of
 * what the pane shows, so each client can tell whether it has seen the latest.
 */
public final class Pane {
    private final int id;
    private Window window;
    private final Terminal terminal;
    private PaneProcess process;
    private long version;
    private boolean ended;
    /** While a mode is on, keys go to the top one and it is drawn instead of the screen. */
    private final ModeStack modes = new ModeStack(this::modesChanged);
    /** The mode on top when the stack last changed, to tell a new mode from a redraw. */
    private Object shownMode;
    private final Options options;

    Pane(int id, Window window, Terminal terminal) {
        this.id = id;
        this.window = window;
        this.terminal = terminal;
        this.options = window.options().child(OptionScope.PANE);
    }

    /** The pane's own option values, over its window's. */
    public Options options() {
        return options;
    }

    public int id() {
        return id;
    }

    /** break-pane moves a pane, process and all, to a window of its own. */
    void moveTo(Window target) {
        window = target;
        options.reparent(target.options());
    }

    public Window window() {
        return window;
    }

    public Terminal terminal() {
        return terminal;
    }

    public long version() {
        return version;
    }

    public boolean isEnded() {
        return ended;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public ModeStack modes() {
        return modes;
    }

    void attach(PaneProcess started) {
        this.process = started;
    }

    /** Output of the process, {@code bytes[0, length)}: parse it into the screen. */
    public void consume(byte[] bytes, int length) {
        terminal.feed(bytes, 0, length);
        version++;
        window.session().events().paneOutput(this, bytes, length);
    }

    private void modesChanged() {
        version++;
        Object top = modes.top();
        if (top == shownMode) return;
        shownMode = top;
        window.session().events().paneModeChanged(this);
    }

    /** Bytes for the process's input (typed keys, send-keys, terminal replies). */
    public void write(byte[] bytes) {
        if (process != null && !ended) process.write(bytes);
    }

    public void resize(int columns, int rows) {
        if (columns == terminal.columns() && rows == terminal.rows()) return;
        terminal.resize(columns, rows);
        modes.resize(columns, rows);
        if (process != null) process.resize(columns, rows);
        version++;
    }

    /** Ends the pane by hanging up its terminal (see {@link PaneProcess#hangUp()}). */
    public void hangUp() {
        if (process != null) process.hangUp();
    }

    void markEnded() {
        ended = true;
        modes.clear();
        version++;
    }
}
