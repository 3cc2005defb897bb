package dev.mux.server.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A named session: its windows, its size, and when it was last used (for the default target). */
public final class Session {
    private final int id;
    private String name;
    private final Instant created;
    private final List<Window> windows = new ArrayList<>();
    private Window current;
    private int columns;
    private int rows;
    private long lastUsed;

    Session(int id, String name, Instant created, int columns, int rows) {
        this.id = id;
        this.name = name;
        this.created = created;
        this.columns = columns;
        this.rows = rows;
    }

    public int id() {
        return id;
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

    public List<Window> windows() {
        return Collections.unmodifiableList(windows);
    }

    public Window currentWindow() {
        return current;
    }

    public Pane activePane() {
        return current == null ? null : current.activePane();
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

    /** Sizes every pane to the session's new size (one pane per window fills it). */
    public void resize(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
        for (Window window : windows) {
            for (Pane pane : window.panes()) pane.resize(newColumns, newRows);
        }
    }

    void add(Window window) {
        windows.add(window);
        if (current == null) current = window;
    }

    void remove(Window window) {
        windows.remove(window);
        if (current == window) current = windows.isEmpty() ? null : windows.get(0);
    }

    int nextWindowIndex() {
        int index = 0;
        for (Window window : windows) index = Math.max(index, window.index() + 1);
        return index;
    }
}
