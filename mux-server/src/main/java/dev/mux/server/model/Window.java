package dev.mux.server.model;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Geometry;
import dev.mux.server.layout.Layout;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Preset;
import dev.mux.server.layout.Split;
import dev.mux.server.options.Options;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A window: a name, and its panes arranged by a {@link Layout}, shown in one or more sessions through
 * its {@link Winlink}s. The layout decides each pane's place and size; the window passes sizes on to
 * the panes' terminals.
 */
public final class Window {
    private final int id;
    /** The model, which is told of the window's changes. */
    private final Sessions owner;
    /** Its places in sessions, in the order they were made. */
    private final List<Winlink> links = new ArrayList<>();
    /** The first place it had, kept once it has none left, for whoever still asks while it ends. */
    private Winlink home;
    private String name;
    private Layout<Pane> layout;
    private Pane active;
    private Pane lastActive;
    private long activeClock;
    private final Map<Pane, Long> activeSince = new HashMap<>();
    private Preset preset;
    private Pane zoomed;
    private final Options options;
    private final WindowAlerts alerts = new WindowAlerts();
    /** The pane-border-status the panes' sizes were last given for. */
    private String appliedBorderStatus = "off";
    /** The layout string before the last select-layout, which select-layout -o goes back to (null: none yet). */
    private String oldLayout;

    Window(int id, Sessions owner, String name, Options options) {
        this.options = options;
        this.id = id;
        this.owner = owner;
        this.name = name;
    }

    public int id() {
        return id;
    }

    /** The window's own option values, over the global window options; its panes' inherit from them. */
    public Options options() {
        return options;
    }

    /**
     * Its first place that is still there (the only one unless the window is linked elsewhere): code
     * that has no session in mind shows the window there. A window that is in no session any more
     * keeps its last one.
     */
    public Winlink home() {
        return links.isEmpty() ? home : links.get(0);
    }

    /** The session of its {@link #home()} place. */
    public Session session() {
        return home().session();
    }

    /** The index of its {@link #home()} place; in a given session it is {@link Session#indexOf(Window)}. */
    public int index() {
        return home().index();
    }

    /** Its places in sessions, the first made first. */
    public List<Winlink> links() {
        return Collections.unmodifiableList(links);
    }

    /** The session of each of its places, in their order (window_linked_sessions_list): one twice if it is there twice. */
    public List<Session> linkedSessions() {
        return links.stream().map(Winlink::session).toList();
    }

    void addLink(Winlink link) {
        links.add(link);
        if (home == null || !links.contains(home)) home = links.get(0);
    }

    void removeLink(Winlink link) {
        links.remove(link);
        if (!links.isEmpty()) home = links.get(0);
    }

    ModelEvents events() {
        return owner.events();
    }

    /** The server's marked pane (select-pane -m) if it is one of this window's, else null. */
    public Pane markedPane() {
        return owner.markedPane().filter(pane -> pane.window() == this).orElse(null);
    }

    public String name() {
        return name;
    }

    /** A name given by the user: automatic renaming stops, as in tmux (the window's automatic-rename is off). */
    public void rename(String newName) {
        this.name = newName;
        disableAutomaticRename();
        events().windowRenamed(this);
    }

    /**
     * The name the user gave as the window was made (new-session -n): as a rename it stops automatic
     * renaming, but it is no change to tell, since the window is told of with it.
     */
    public void nameFromSpawn(String newName) {
        this.name = newName;
        disableAutomaticRename();
    }

    /**
     * A program in {@code pane} asked for a window name (ESC k), as tmux's input_exit_rename: taken
     * only where the pane's allow-rename is on; a name turns automatic renaming off for the window,
     * an empty one gives the window back the inherited automatic-rename (and an empty name if that
     * is off).
     */
    void renamedByProgram(Pane pane, String requested) {
        if (!pane.options().flag("allow-rename")) return;
        if (requested.isEmpty()) {
            options.remove("automatic-rename");
            if (automaticRename()) return;
        } else {
            disableAutomaticRename();
        }
        name = requested;
        events().windowRenamed(this);
    }

    /** The automatic-rename option: whether the window is named after its active pane's program. */
    public boolean automaticRename() {
        return options.flag("automatic-rename");
    }

    public void disableAutomaticRename() {
        options.put("automatic-rename", false);
    }

    /** A name taken from the pane's foreground program, while automatic renaming is on. */
    public void renameAutomatically(String program) {
        if (!automaticRename() || program.equals(name)) return;
        this.name = program;
        events().windowRenamed(this);
    }

    /** The window's bell, activity and silence waiting for the check (monitor-*). */
    public WindowAlerts alerts() {
        return alerts;
    }

    /**
     * The window was selected: what happened is forgotten and the alert flags go from every place
     * that shows it, as tmux 3.3a's winlink_clear_flags does.
     */
    public void clearAlerts() {
        alerts.clear();
        for (Winlink link : links) link.clearAlerts();
    }

    /**
     * A bell, output or silence ({@link WindowAlerts} bits) in the window: noted, and queued for the
     * check after the current batch of events if a monitor-* option of the window watches it.
     */
    public void alert(int alert) {
        boolean monitored = (alert & WindowAlerts.BELL) != 0 && options.flag("monitor-bell")
                || (alert & WindowAlerts.ACTIVITY) != 0 && options.flag("monitor-activity")
                || (alert & WindowAlerts.SILENCE) != 0 && options.number("monitor-silence") != 0;
        if (alerts.note(alert, monitored, System.currentTimeMillis())) owner.queueAlerts(this);
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

    /**
     * Where the pane is drawn: the whole window while it is zoomed; with pane-border-status, a
     * pane at the top (or bottom) of the window gives up its first (or last) row to the line
     * holding the panes' status, as tmux's layout_fix_panes.
     */
    public Geometry geometry(Pane pane) {
        Geometry cell = pane == zoomed ? new Geometry(0, 0, layout.columns(), layout.rows()) : layout.geometry(pane);
        String status = options.string("pane-border-status");
        if (status.equals("top") && cell.y() == 0) {
            return new Geometry(cell.x(), 1, cell.columns(), Math.max(1, cell.rows() - 1));
        }
        if (status.equals("bottom") && cell.y() + cell.rows() == layout.rows()) {
            return new Geometry(cell.x(), cell.y(), cell.columns(), Math.max(1, cell.rows() - 1));
        }
        return cell;
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
        events().windowPaneChanged(this);
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
        layout.apply(chosen, mainPaneSize(chosen));
        applyGeometry();
        // Told twice, as tmux tells it: once by the preset, once by the command that chose it.
        layoutChanged();
        layoutChanged();
    }

    /** select-layout -E: the panes around {@code pane} spread out evenly. */
    public void spreadOut(Pane pane) {
        unzoom();
        layout.spreadOut(pane);
        applyGeometry();
        layoutChanged();
    }

    /** select-layout with a layout string; told twice, as a preset is. */
    public void restoreLayout(String layoutString) throws LayoutException {
        unzoom();
        layout.restore(layoutString);
        applyGeometry();
        layoutChanged();
        layoutChanged();
    }

    /** Keeps {@code layoutString} for select-layout -o and gives back the one kept before. */
    public String keepOldLayout(String layoutString) {
        String before = oldLayout;
        oldLayout = layoutString;
        return before;
    }

    /**
     * main-pane-width (main-vertical) or main-pane-height (main-horizontal): cells, or a percentage
     * of the window less a border with {@code %}; tmux's default when the value reads as neither.
     * other-pane-width (-height), when set and it fits, leaves the main pane the rest instead.
     */
    private int mainPaneSize(Preset chosen) {
        boolean vertical = chosen == Preset.MAIN_VERTICAL;
        int available = (vertical ? layout.columns() : layout.rows()) - 1;
        int main = percentage(options.string(vertical ? "main-pane-width" : "main-pane-height"), available);
        if (main < 0) main = vertical ? Layout.MAIN_PANE_WIDTH : Layout.MAIN_PANE_HEIGHT;
        if (main + 1 >= available) return main;
        int other = percentage(options.string(vertical ? "other-pane-width" : "other-pane-height"), available);
        if (other <= 0 || available - other < main) return main;
        return available - other;
    }

    /** tmux's args_string_percentage within [0, whole]: N, or N% of {@code whole}; -1 if it is neither. */
    private static int percentage(String text, int whole) {
        boolean percent = text.endsWith("%");
        String digits = percent ? text.substring(0, text.length() - 1) : text;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) return -1;
        int value = Integer.parseInt(digits);
        if (percent) return value > 100 ? -1 : whole * value / 100;
        return value > whole ? -1 : value;
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

    /** rotate-window; the zoom ends, as any change of the layout ends it. */
    public void rotate(boolean down) {
        unzoom();
        layout.rotate(down);
        applyGeometry();
        layoutChanged();
    }

    /** join-pane within this window: {@code pane} leaves its place for a split of {@code target}. */
    void movePane(Pane pane, Pane target, Split split, int size, boolean before) throws LayoutException {
        unzoom();
        layout.move(pane, target, split, size, before);
        applyGeometry();
        layoutChanged();
    }

    /** resize-window: the window takes this size and keeps it when its session's changes (window-size manual). */
    public void resizeManually(int columns, int rows) {
        options.put("window-size", "manual");
        unzoom();
        resize(columns, rows);
    }

    /** Takes the size; also gives the panes their sizes again when pane-border-status changed since. */
    void resize(int columns, int rows) {
        if (layout == null) return;
        if (layout.columns() == columns && layout.rows() == rows) {
            if (!options.string("pane-border-status").equals(appliedBorderStatus)) applyGeometry();
            return;
        }
        layout.resize(columns, rows);
        applyGeometry();
        layoutChanged();
        events().windowResized(this);
    }

    void addFirst(Pane pane, int columns, int rows) {
        layout = new Layout<>(pane, columns, rows);
        activate(pane);
        applyGeometry();
    }

    /** split-window; with {@code full} (-f) the split is of the whole window rather than of {@code target}. */
    void split(Pane target, Pane added, Split split, int size, boolean before, boolean full) throws LayoutException {
        unzoom();
        if (full) {
            layout.splitFull(added, split, size, before);
        } else {
            layout.split(target, added, split, size, before);
        }
        applyGeometry();
    }

    private void layoutChanged() {
        events().windowLayoutChanged(this);
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
        applyGeometry();
        // As tmux closes the pane's cell before the window loses it: the layout is told first.
        layoutChanged();
        if (active == pane) {
            active = null;
            select(lastActive != null ? lastActive : layout.panes().get(0));
        }
    }

    private void applyGeometry() {
        appliedBorderStatus = options.string("pane-border-status");
        for (Pane pane : layout.panes()) {
            Geometry geometry = geometry(pane);
            pane.resize(geometry.columns(), geometry.rows());
        }
    }
}
