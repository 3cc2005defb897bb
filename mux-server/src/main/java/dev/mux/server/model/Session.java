package dev.mux.server.model;

import dev.mux.server.environ.Environment;
import dev.mux.server.options.Options;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A named session: its windows (places holding one each, {@link Winlink}s, in index order), its size,
 * and when it was last used (for the default target).
 */
public final class Session {
    private final int id;
    private String name;
    private final Instant created;
    private final List<Winlink> links = new ArrayList<>();
    private Winlink current;
    private Winlink last;
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
    /** The group it shares its windows with (new-session -t), or null. */
    private SessionGroup group;

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

    /** The window of each place in index order (one window twice if it is linked here twice). */
    public List<Window> windows() {
        return links.stream().map(Winlink::window).toList();
    }

    /** Its places in index order. */
    public List<Winlink> winlinks() {
        return Collections.unmodifiableList(links);
    }

    public Window currentWindow() {
        return current == null ? null : current.window();
    }

    /** The current place, or null. */
    public Winlink currentLink() {
        return current;
    }

    /** The window that was current before this one (tmux's last-window), or null. */
    public Window lastWindow() {
        return last == null ? null : last.window();
    }

    /** The place that was current before this one, or null. */
    public Winlink lastLink() {
        return last;
    }

    public Pane activePane() {
        return current == null ? null : current.window().activePane();
    }

    public Optional<Window> windowAt(int index) {
        return linkAt(index).map(Winlink::window);
    }

    public Optional<Winlink> linkAt(int index) {
        return links.stream().filter(link -> link.index() == index).findFirst();
    }

    /** The first place of {@code window} here: the current one if it is current. */
    public Optional<Winlink> linkOf(Window window) {
        if (current != null && current.window() == window) return Optional.of(current);
        return links.stream().filter(link -> link.window() == window).findFirst();
    }

    /** The index of {@code window} here ({@link #linkOf}), or -1 if it is not in this session. */
    public int indexOf(Window window) {
        return linkOf(window).map(Winlink::index).orElse(-1);
    }

    /** Whether {@code window} is in this session. */
    public boolean has(Window window) {
        return links.stream().anyMatch(link -> link.window() == window);
    }

    /**
     * Makes {@code window} current (its first place here, unless it is current); the one it replaces
     * becomes the last window. The window's alert flags go (from all its places, as in tmux 3.3a)
     * and it counts as active, as tmux's session_set_current.
     */
    public void select(Window window) {
        linkOf(window).ifPresent(this::select);
    }

    /** Makes the place current, as {@link #select(Window)}. */
    public void select(Winlink link) {
        if (link == current) return;
        if (current != null) last = current;
        current = link;
        link.window().clearAlerts();
        link.window().alert(WindowAlerts.ACTIVITY);
        events().sessionWindowChanged(this);
    }

    /** The place after (or before) the current one in index order, wrapping around as tmux does. */
    public Winlink neighbourOfCurrent(int step) {
        int position = links.indexOf(current);
        int size = links.size();
        return links.get(Math.floorMod(position + step, size));
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

    /**
     * The session's clients have this size, which a new window takes. As in tmux, the windows are
     * not resized here: the current one is given the clients' size whenever they are fitted again
     * (every render), and any other keeps its size until it becomes current.
     */
    public void resize(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
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

    /** A new place for {@code window} at the free {@code index}; current if the session had none. */
    Winlink link(Window window, int index) {
        Winlink link = new Winlink(this, window, index);
        insert(link);
        window.addLink(link);
        if (current == null) current = link;
        return link;
    }

    private void insert(Winlink link) {
        int position = 0;
        while (position < links.size() && links.get(position).index() < link.index()) position++;
        links.add(position, link);
    }

    /** Takes the place out; with renumber-windows on, the others close the gap from base-index. */
    void remove(Winlink link) {
        if (!detach(link)) return;
        if (options.flag("renumber-windows")) renumber();
    }

    /**
     * Takes the place out and leaves the others' indexes (tmux's session_detach); false if it was
     * not here. The last window, else the first, becomes current if it was.
     */
    boolean detach(Winlink link) {
        if (!links.remove(link)) return false;
        link.window().removeLink(link);
        if (last == link) last = null;
        if (current == link) {
            current = last != null ? last : links.isEmpty() ? null : links.get(0);
            last = null;
            if (current != null) events().sessionWindowChanged(this);
        }
        events().windowUnlinked(this, link.window());
        return true;
    }

    /** The windows take consecutive indexes from base-index, in their order (move-window -r). */
    void renumber() {
        int next = options.number("base-index");
        for (Winlink left : links) left.moveTo(next++);
    }

    /** Gives the place the free index {@code index}, keeping the places in index order. */
    void reindex(Winlink link, int index) {
        links.remove(link);
        link.moveTo(index);
        insert(link);
    }

    /** The group it shares its windows with, or null. */
    public SessionGroup group() {
        return group;
    }

    void joinGroup(SessionGroup joined) {
        group = joined;
    }

    /**
     * Takes the places of {@code model}'s windows, as tmux's session_group_synchronize1: each
     * window of the group is (told as) linked again, the current place keeps its index if the
     * model has it (else moves on to the next), and windows no longer there are told as unlinked.
     */
    void mirror(Session model) {
        if (model.links.isEmpty()) return;
        int currentIndex = current == null ? model.current.index() : current.index();
        if (current != null && model.linkAt(currentIndex).isEmpty() && links.size() > 1) {
            currentIndex = links.get((links.indexOf(current) + 1) % links.size()).index();
        }
        int lastIndex = last == null ? Integer.MIN_VALUE : last.index();
        List<Winlink> old = new ArrayList<>(links);
        links.clear();
        for (Winlink each : model.links) {
            Winlink copy = new Winlink(this, each.window(), each.index());
            copy.show(each.alerts());
            links.add(copy);
            each.window().addLink(copy);
            events().windowLinked(this, each.window());
        }
        current = linkAt(currentIndex).orElse(links.get(0));
        last = linkAt(lastIndex).filter(link -> link != current).orElse(null);
        for (Winlink gone : old) {
            gone.window().removeLink(gone);
            if (!has(gone.window())) events().windowUnlinked(this, gone.window());
        }
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
