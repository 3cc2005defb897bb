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
    /** remain-on-exit kept the pane after its process ended: it shows its last screen until respawned. */
    private boolean dead;
    /** pipe-pane: where a copy of the program's output goes, or null. */
    private OutputTap tap;
    /** The shell command the pane was started (or last respawned) with; null for the shell. */
    private String command;
    private String startCommand = "";
    private String startPath = "";
    private int deadStatus;
    /** select-pane -d: typed keys are dropped until select-pane -e. */
    private boolean inputOff;
    /** While a mode is on, keys go to the top one and it is drawn instead of the screen. */
    private final ModeStack modes;
    /** The mode on top when the stack last changed, to tell a new mode from a redraw. */
    private Object shownMode;
    private final Options options;
    /** The systemd scope the pane's process was moved into (#{pane_scope}), or null. */
    private String scope;
    /** Why the process ended when its exit status cannot say it (an out-of-memory kill), or null. */
    private String endReason;

    Pane(int id, Window window, Terminal terminal) {
        this.id = id;
        this.window = window;
        this.terminal = terminal;
        this.options = window.options().child(OptionScope.PANE);
        this.modes = new ModeStack(this::modesChanged, id);
        terminal.onRename(name -> this.window.renamedByProgram(this, name));
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

    /**
     * Whether keys reach this pane in their extended form ({@code CSI key ; mod u}): its program asked
     * for them (modifyOtherKeys), or the server's extended-keys option was {@code always} when the
     * pane started (see {@link Terminal#extendedKeysAlways}).
     */
    public boolean wantsExtendedKeys() {
        return terminal.screen().modes().extendedKeys();
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
        dead = false;
        scope = null;
        endReason = null;
        version++;
    }

    private void modesChanged() {
        version++;
        Object top = modes.top();
        if (top == shownMode) return;
        shownMode = top;
        window.events().paneModeChanged(this);
    }

    /** What respawn-pane runs again when given no command: the pane's last command (null: the shell). */
    public String command() {
        return command;
    }

    public void setCommand(String shellCommand) {
        command = shellCommand;
    }

    /** pane_start_command: the command the pane was started with, quoted as tmux prints it ("" for the shell). */
    public String startCommand() {
        return startCommand;
    }

    /** pane_start_path: the directory the pane was started in, as asked for. */
    public String startPath() {
        return startPath;
    }

    /** What a spawn or respawn asked for; a respawn without a command or directory keeps the earlier one (null). */
    public void setStart(String command, String path) {
        if (command != null) startCommand = command;
        if (path != null) startPath = path;
    }

    /** Whether {@code candidate} is the process the pane runs now (not one it was respawned from). */
    public boolean runs(PaneProcess candidate) {
        return process == candidate;
    }

    /** The process ended and remain-on-exit keeps the pane (tmux's #{pane_dead}). */
    public boolean isDead() {
        return dead;
    }

    /** How the dead pane's process ended (#{pane_dead_status}). */
    public int deadStatus() {
        return deadStatus;
    }

    public String scope() {
        return scope;
    }

    public void setScope(String unit) {
        scope = unit;
    }

    public String endReason() {
        return endReason;
    }

    public void setEndReason(String why) {
        endReason = why;
    }

    /** Its process ended, and the pane stays for remain-on-exit. */
    public void died(int status) {
        endTap();
        dead = true;
        deadStatus = status;
        version++;
    }

    /** pipe-pane's receiver of a copy of the program's output, told when the pane ends. */
    public interface OutputTap {
        /** {@code bytes[0, length)} came from the program; the array is reused once this returns. */
        void copy(byte[] bytes, int length);

        /** The pane is gone or its program ended: nothing more comes. */
        void ended();
    }

    /** The pane's pipe (pipe-pane), or null. */
    public OutputTap tap() {
        return tap;
    }

    public void setTap(OutputTap newTap) {
        tap = newTap;
    }

    /** send-keys -R: the pane's terminal is reset as by RIS, its history kept, and drawn again. */
    public void resetTerminal() {
        byte[] reset = {0x1b, 'c'};
        terminal.feed(reset, 0, reset.length);
        version++;
    }

    /** Output of the process, {@code bytes[0, length)}: parse it into the screen, and copy it to a pipe. */
    public void consume(byte[] bytes, int length) {
        long bells = terminal.screen().bells();
        long titles = terminal.screen().titlesSet();
        terminal.feed(bytes, 0, length);
        version++;
        window.alert(terminal.screen().bells() == bells ? WindowAlerts.ACTIVITY : WindowAlerts.ACTIVITY | WindowAlerts.BELL);
        if (terminal.screen().titlesSet() != titles) window.events().paneTitleChanged(this);
        if (tap != null) tap.copy(bytes, length);
        window.events().paneOutput(this, bytes, length);
    }

    /**
     * Keys typed at the pane (by a client or send-keys): dropped while its input is off; with
     * synchronize-panes on, the other panes of the window that have it on, show their screen and
     * take input get them too, as tmux's window_pane_key does.
     */
    public void type(byte[] bytes) {
        if (inputOff) return;
        write(bytes);
        if (!options.flag("synchronize-panes")) return;
        for (Pane other : window.panes()) {
            boolean visible = window.zoomedPane() == null || window.zoomedPane() == other;
            if (other != this && !other.inputOff && other.modes.isEmpty() && visible
                    && other.options.flag("synchronize-panes")) {
                other.write(bytes);
            }
        }
    }

    public boolean inputOff() {
        return inputOff;
    }

    /** select-pane -T: the title a program would set with OSC 2. */
    public void setTitle(String title) {
        terminal.screen().setTitle(title);
        version++;
        window.events().paneTitleChanged(this);
    }

    /** select-pane -d (off) and -e (on). */
    public void setInputOff(boolean off) {
        if (off == inputOff) return;
        inputOff = off;
        version++;
    }

    /** Bytes for the process's input (terminal replies, pastes; keys go through {@link #type}). */
    public void write(byte[] bytes) {
        if (process != null && !ended && !dead) process.write(bytes);
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

    private void endTap() {
        if (tap == null) return;
        OutputTap ending = tap;
        tap = null;
        ending.ended();
    }

    void markEnded() {
        endTap();
        ended = true;
        modes.clear();
        version++;
    }
}
