package dev.mux.server.model;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Geometry;
import dev.mux.server.layout.Layout;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Preset;
import dev.mux.server.layout.Split;
import dev.mux.server.options.Options;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A window of a session: an index, a name, and its panes arranged by a {@link Layout}. The layout
 * decides each pane's place and size; the window passes sizes on to the panes' terminals.
 */
public final class Window {
    private final int id;
    private final Session session;
    private int index;
    private String name;
    private Layout<Pane> layout;
    private Pane active;
    private Pane lastActive;
    private long activeClock;
    private final Map<Pane, Long> activeSince = new HashMap<>();
    private Preset preset;
    private Pane zoomed;
    private boolean automaticRename = true;
    private final Options options;

    Window(int id, Session session, int index, String name, Options options) {
        this.options = options;
        this.id = id;
        this.session = session;
        this.index = index;
        this.name = name;
    }

    public int id() {
        return id;
    }

    /** The window's own option values, over the global window options; its panes' inherit from them. */
    public Options options() {
        return options;
    }

    public Session session() {
        return session;
    }

    public int index() {
        return index;
    }

    /** renumber-windows gives the windows that are left consecutive indexes. */
    void renumber(int newIndex) {
        index = newIndex;
    }

    public String name() {
        return name;
    }

    /** A new index in its session; the session keeps its windows in order (Session.reindex). */
    void moveToIndex(int newIndex) {
        this.index = newIndex;
    }

    /** A name given by the user: automatic renaming stops, as in tmux. */
    public void rename(String newName) {
        this.name = newName;
        automaticRename = false;
        session.events().windowRenamed(this);
    }

    /**
     * The name the user gave as the window was made (new-session -n): as a rename it stops automatic
     * renaming, but it is no change to tell, since the window is told of with it.
     */
    public void nameFromSpawn(String newName) {
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
        if (!automaticRename || program.equals(name)) return;
        this.name = program;
        session.events().windowRenamed(this);
    }

    /** Panes in tmux's index order: top-left first. */
    public List<Pane> panes() {
        return layout == null ? List.of() : layout.panes();
    }

    public Pane activePane() {
        return active;
    }

    /** The pane that was active before the current one (select-pane -l), or null. */
    public Pane lastActivePane() {
        return lastActive;
    }

    public Layout<Pane> layout() {
        return layout;
    }

    /** Where the pane is drawn: the whole window while it is zoomed. */
    public Geometry geometry(Pane pane) {
        if (pane == zoomed) return new Geometry(0, 0, layout.columns(), layout.rows());
        return layout.geometry(pane);
    }

    /** The zoomed pane (resize-pane -Z), or null: only it is shown, at the window's full size. */
    public Pane zoomedPane() {
        return zoomed;
    }

    public void toggleZoom(Pane pane) {
        if (zoomed != null) {
            unzoom();
        } else if (layout.panes().size() > 1) {
            zoomed = pane;
            select(pane);
            applyGeometry();
            layoutChanged();
        }
    }

    /** Changing the layout ends a zoom, as in tmux; the window's visible layout changes with it. */
    private void unzoom() {
        if (zoomed == null) return;
        zoomed = null;
        applyGeometry();
        layoutChanged();
    }

    public void select(Pane pane) {
        if (pane == active) return;
        activate(pane);
        session.events().windowPaneChanged(this);
    }

    private void activate(Pane pane) {
        lastActive = active;
        active = pane;
        activeSince.put(pane, ++activeClock);
    }

    /** The pane beside the active one, chosen as tmux does: the most recently active of those touching. */
    public Optional<Pane> neighbour(Pane pane, Direction direction) {
        return layout.neighbour(pane, direction, p -> activeSince.getOrDefault(p, 0L));
    }

    /** The layout preset applied last, where next-layout continues from. */
    public Preset preset() {
        return preset;
    }

    public void apply(Preset chosen) {
        unzoom();
        preset = chosen;
        layout.apply(chosen);
        applyGeometry();
        // Told twice, as tmux tells it: once by the preset, once by the command that chose it.
        layoutChanged();
        layoutChanged();
    }

    public void resizePane(Pane pane, Direction direction, int amount) {
        unzoom();
        layout.resizePane(pane, direction, amount);
        applyGeometry();
        layoutChanged();
    }

    public void swap(Pane a, Pane b) {
        unzoom();
        layout.swap(a, b);
        applyGeometry();
        layoutChanged();
    }

    void resize(int columns, int rows) {
        if (layout == null || (layout.columns() == columns && layout.rows() == rows)) return;
        layout.resize(columns, rows);
        applyGeometry();
        layoutChanged();
    }

    void addFirst(Pane pane, int columns, int rows) {
        layout = new Layout<>(pane, columns, rows);
        activate(pane);
        applyGeometry();
    }

    void split(Pane target, Pane added, Split split, int size, boolean before) throws LayoutException {
        unzoom();
        layout.split(target, added, split, size, before);
        applyGeometry();
    }

    private void layoutChanged() {
        session.events().windowLayoutChanged(this);
    }

    void remove(Pane pane) {
        unzoom();
        activeSince.remove(pane);
        if (lastActive == pane) lastActive = null;
        if (layout.panes().size() == 1) {
            layout = null;
            active = null;
            return;
        }
        layout.remove(pane);
        if (active == pane) {
            active = null;
            select(lastActive != null ? lastActive : layout.panes().get(0));
        }
        applyGeometry();
        layoutChanged();
    }

    private void applyGeometry() {
        for (Pane pane : layout.panes()) {
            Geometry geometry = geometry(pane);
            pane.resize(geometry.columns(), geometry.rows());
        }
    }
}
