package dev.mux.server.model;

import dev.mux.server.environ.Environment;
import dev.mux.server.options.Options;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A named session: its windows, its size, and when it was last used (for the default target). */
public final class Session {
    private final int id;
    private String name;
    private final Instant created;
    private final List<Window> windows = new ArrayList<>();
    private Window current;
    private Window last;
    private int columns;
    private int rows;
    private long lastUsed;
    private final Options options;
    /** The model this session belongs to, which is told of its changes. */
    private final Sessions owner;
    /** Whether its creation was told (once its first pane ran). */
    private boolean announced;
    private String path = "";
    private final Environment environment = new Environment();
    /** Whether resurrection brought it back from a snapshot of a server that is gone. */
    private boolean resurrected;

    Session(Sessions owner, int id, String name, Instant created, int columns, int rows, Options options) {
        this.owner = owner;
        this.options = options;
        this.id = id;
        this.name = name;
        this.created = created;
        this.columns = columns;
        this.rows = rows;
    }

    public int id() {
        return id;
    }

    /** Whether it came back from the snapshot of a server that is gone (list-sessions says so). */
    public boolean resurrected() {
        return resurrected;
    }

    public void markResurrected() {
        resurrected = true;
    }

    ModelEvents events() {
        return owner.events();
    }

    /** True the first time only: the session's creation is told once. */
    boolean announce() {
        if (announced) return false;
        announced = true;
        return true;
    }

    /** The session's own option values, over the global session options. */
    public Options options() {
        return options;
    }

    /** The session's environment (set-environment without -g, update-environment), over the global one. */
    /** Queues {@code window} for the alert check (monitor-bell, -activity, -silence). */
    void queueAlerts(Window window) {
        owner.queueAlerts(window);
    }

    /** session_path: the directory the session was made in, where its new panes start. */
    public String path() {
        return path;
    }

    public void setPath(String directory) {
        path = directory == null ? "" : directory;
    }

    public Environment environment() {
        return environment;
    }

    public String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public Instant created() {
        return created;
    }

    /** Windows in index order. */
    public List<Window> windows() {
        return Collections.unmodifiableList(windows);
    }

    public Window currentWindow() {
        return current;
    }

    /** The window that was current before this one (tmux's last-window), or null. */
    public Window lastWindow() {
        return last;
    }

    public Pane activePane() {
        return current == null ? null : current.activePane();
    }

    public Optional<Window> windowAt(int index) {
        return windows.stream().filter(w -> w.index() == index).findFirst();
    }

    /**
     * Makes {@code window} current; the one it replaces becomes the last window. The window's
     * alert flags go and it counts as active, as tmux's session_set_current.
     */
    public void select(Window window) {
        if (window == current) return;
        if (current != null) last = current;
        current = window;
        window.alerts().clear();
        window.alert(WindowAlerts.ACTIVITY);
        events().sessionWindowChanged(this);
    }

    /** The window after (or before) the current one in index order, wrapping around as tmux does. */
    public Window neighbourOfCurrent(int step) {
        int position = windows.indexOf(current);
        int size = windows.size();
        return windows.get(Math.floorMod(position + step, size));
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public long lastUsed() {
        return lastUsed;
    }

    void touch(long stamp) {
        lastUsed = stamp;
    }

    /** Every window takes the session's size; their layouts share it out among the panes. */
    public void resize(int newColumns, int newRows) {
        if (newColumns == columns && newRows == rows) return;
        columns = newColumns;
        rows = newRows;
        for (Window window : windows) {
            if (followsClients(window, current)) window.resize(newColumns, newRows);
        }
    }

    /**
     * Whether {@code window} takes its size from the session's clients now: not when resize-window
     * sized it (window-size manual), nor, with aggressive-resize on, while it is not the current one,
     * since then only clients whose current window it is may size it, as in tmux (a window is in one
     * session in mux).
     */
    public static boolean followsClients(Window window, Window current) {
        if (window.options().string("window-size").equals("manual")) return false;
        return window == current || !window.options().flag("aggressive-resize");
    }

    void add(Window window) {
        int position = 0;
        while (position < windows.size() && windows.get(position).index() < window.index()) position++;
        windows.add(position, window);
        if (current == null) current = window;
    }

    /** Takes the window out; with renumber-windows on, the others close the gap from base-index. */
    void remove(Window window) {
        if (!detach(window)) return;
        if (options.flag("renumber-windows")) renumber();
    }

    /**
     * Takes the window out and leaves the others' indexes (tmux's session_detach); false if it was
     * not here. The last window, else the first, becomes current if it was.
     */
    boolean detach(Window window) {
        if (!windows.remove(window)) return false;
        if (last == window) last = null;
        if (current == window) {
            current = last != null ? last : windows.isEmpty() ? null : windows.get(0);
            last = null;
            if (current != null) events().sessionWindowChanged(this);
        }
        events().windowUnlinked(this, window);
        return true;
    }

    /** The windows take consecutive indexes from base-index, in their order (move-window -r). */
    void renumber() {
        int next = options.number("base-index");
        for (Window left : windows) left.renumber(next++);
    }

    /**
     * {@code incoming} takes {@code outgoing}'s place here, at its {@code index} (swap-window): the place
     * stays current or last if it was, as tmux's winlink keeps its flags when its window changes.
     */
    void replace(Window outgoing, Window incoming, int index) {
        windows.set(windows.indexOf(outgoing), incoming);
        incoming.placeIn(this, index);
        if (current == outgoing) current = incoming;
        if (last == outgoing) last = incoming;
    }

    /** Two windows of this session exchange their indexes; the current and last index stay. */
    void exchange(Window a, Window b) {
        int indexA = a.index();
        int positionA = windows.indexOf(a);
        int positionB = windows.indexOf(b);
        windows.set(positionA, b);
        windows.set(positionB, a);
        a.placeIn(this, b.index());
        b.placeIn(this, indexA);
        current = swapped(current, a, b);
        last = swapped(last, a, b);
    }

    private static Window swapped(Window window, Window a, Window b) {
        return window == a ? b : window == b ? a : window;
    }

    /** Puts a window from elsewhere at the free {@code index} (move-window to another session). */
    void adopt(Window window, int index) {
        window.placeIn(this, index);
        add(window);
        events().windowLinked(this, window);
    }

    /** Gives {@code window} the free index {@code index}, keeping the windows in index order. */
    void reindex(Window window, int index) {
        windows.remove(window);
        window.moveToIndex(index);
        add(window);
    }

    /** Where a window goes when no index is given: the lowest free one from base-index. */
    public int lowestFreeIndex() {
        return freeWindowIndex(options.number("base-index"));
    }

    /** The lowest free index at or above {@code from} (the session's base-index). */
    int freeWindowIndex(int from) {
        int index = from;
        while (windowAt(index).isPresent()) index++;
        return index;
    }
}
