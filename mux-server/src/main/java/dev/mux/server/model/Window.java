package dev.mux.server.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A window of a session: an index, a name and its panes (one until layouts exist). */
public final class Window {
    private final int id;
    private final Session session;
    private int index;
    private String name;
    private final List<Pane> panes = new ArrayList<>();
    private Pane active;
    private boolean automaticRename = true;

    Window(int id, Session session, int index, String name) {
        this.id = id;
        this.session = session;
        this.index = index;
        this.name = name;
    }

    public int id() {
        return id;
    }

    public Session session() {
        return session;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    /** A name given by the user: automatic renaming stops, as in tmux. */
    public void rename(String newName) {
        this.name = newName;
        automaticRename = false;
    }

    public boolean automaticRename() {
        return automaticRename;
    }

    public void disableAutomaticRename() {
        automaticRename = false;
    }

    /** A name taken from the pane's foreground program, while automatic renaming is on. */
    public void renameAutomatically(String program) {
        if (automaticRename) this.name = program;
    }

    public List<Pane> panes() {
        return Collections.unmodifiableList(panes);
    }

    public Pane activePane() {
        return active;
    }

    void add(Pane pane) {
        panes.add(pane);
        if (active == null) active = pane;
    }

    void remove(Pane pane) {
        panes.remove(pane);
        if (active == pane) active = panes.isEmpty() ? null : panes.get(0);
    }
}
