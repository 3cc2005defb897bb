package dev.mux.server.model;

import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.StandardOptions;
import dev.mux.server.pty.PaneProcess;
import dev.mux.server.term.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The server's model and its only owner: sessions, their windows and panes, and the id counters
 * behind tmux's {@code $N}, {@code @N} and {@code %N} names. Loop thread only.
 */
public final class Sessions {
    private final List<Session> sessions = new ArrayList<>();
    private final SessionGroups groups = new SessionGroups();
    private final WindowPlaces places = new WindowPlaces(this, groups);
    /** Windows whose alerts wait for the check after the current batch of events. */
    private final List<Window> alertQueue = new ArrayList<>();
    /** The global option sets each new session's, window's and pane's own options inherit from. */
    private final OptionStore options;
    private int nextSessionId;
    private int nextWindowId;
    private int nextPaneId;
    private long useClock;
    /** While a grouped new-session is made: its session is told once it shows the group's windows. */
    private boolean holdingNewSessions;
    private ModelEvents events = ModelEvents.NONE;
    /** select-pane -m: the one marked pane of the server, a default -s of join-pane, swap-pane and swap-window. */
    private Pane marked;
    private Window markedWindow;

    /** A model whose options start from the standard table's defaults. */
    public Sessions() {
        this(new OptionStore(StandardOptions.table()));
    }

    public Sessions(OptionStore options) {
        this.options = options;
    }

    /** From now on the model's changes are told to {@code observer}. */
    public void observe(ModelEvents observer) {
        events = observer;
    }

    ModelEvents events() {
        return events;
    }

    /** The global option sets at the top of every session's, window's and pane's chain. */
    public OptionStore options() {
        return options;
    }

    /** Sessions in tmux's list order: by name. */
    public List<Session> all() {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::name));
        return sorted;
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The id the next session will take. */
    public int nextSessionId() {
        return nextSessionId;
    }

    /** tmux names an unnamed session after its id, or the next free number. */
    public String defaultName() {
        int candidate = nextSessionId;
        while (byName(Integer.toString(candidate)).isPresent()) candidate++;
        return Integer.toString(candidate);
    }

    public Session createSession(String name, int columns, int rows) {
        return createSession(name, columns, rows, -1);
    }

    /**
     * A session that takes {@code wantedId} if no session has it (resurrection gives sessions,
     * windows and panes their old ids back), else the next id; later ones are numbered after it.
     */
    public Session createSession(String name, int columns, int rows, int wantedId) {
        boolean free = wantedId >= 0 && byId(wantedId).isEmpty();
        int id = free ? wantedId : nextSessionId++;
        nextSessionId = Math.max(nextSessionId, id + 1);
        Session session = new Session(this, id, name, Instant.now(), columns, rows,
                options.session().child(OptionScope.SESSION));
        sessions.add(session);
        touch(session);
        return session;
    }

    /** A window at the lowest free index from the session's base-index, as tmux's new-window without -t. */
    public Window createWindow(Session session, String name) {
        return createWindow(session, session.freeWindowIndex(session.options().number("base-index")), name);
    }

    /** A window at {@code index}, which the caller checked is free. */
    public Window createWindow(Session session, int index, String name) {
        return createWindow(session, index, name, -1);
    }

    /** A window at the free {@code index} that takes {@code wantedId} if free (see {@link #createSession(String, int, int, int)}). */
    public Window createWindow(Session session, int index, String name, int wantedId) {
        boolean free = wantedId >= 0 && windowById(wantedId).isEmpty();
        int id = free ? wantedId : nextWindowId++;
        nextWindowId = Math.max(nextWindowId, id + 1);
        Window window = new Window(id, this, name, options.window().child(OptionScope.WINDOW));
        session.link(window, index);
        // A new window counts as active, as tmux's window_create.
        window.alert(WindowAlerts.ACTIVITY);
        return window;
    }

    void queueAlerts(Window window) {
        alertQueue.add(window);
    }

    /** The windows queued for the alert check since it last ran, in order; the queue is empty after. */
    public List<Window> takeAlertQueue() {
        if (alertQueue.isEmpty()) return List.of();
        List<Window> queued = new ArrayList<>(alertQueue);
        alertQueue.clear();
        return queued;
    }

    /**
     * Gives one window a size of its own (a control client's refresh-client -C @N:WxH), or, given
     * the session's, takes it back to the session's; the session's next resize evens it out again.
     */
    public void resizeWindow(Window window, int columns, int rows) {
        window.resize(columns, rows);
    }

    /** Where windows are shown: moving, linking and swapping them between places. */
    public WindowPlaces places() {
        return places;
    }

    /**
     * join-pane: moves {@code pane}, still running, beside {@code target} by splitting it; a window
     * left without panes goes, and its session with it if that was its last. Returns that session.
     */
    public Optional<Session> joinPane(Pane pane, Pane target, Split split, int size, boolean before)
            throws LayoutException {
        Window from = pane.window();
        Window to = target.window();
        if (from == to) {
            to.movePane(pane, target, split, size, before);
            return Optional.empty();
        }
        to.split(target, pane, split, size, before, false);
        if (from.panes().size() == 1) {
            from.remove(pane);
            pane.moveTo(to);
            return unlinkEverywhere(from).stream().findFirst();
        }
        from.remove(pane);
        pane.moveTo(to);
        events.windowLayoutChanged(to);
        return Optional.empty();
    }

    /** The session groups (new-session -t). */
    public SessionGroups groups() {
        return groups;
    }

    /**
     * new-session -t with a group that exists: {@code session}, made with a first window of its own
     * as tmux makes it, joins {@code group} and takes the group's windows, its first one current.
     * Returns the windows of its own that this left in no session, for the caller to end.
     */
    public List<Window> joinGroup(Session session, SessionGroup group) {
        List<Window> own = session.windows();
        groups.join(session, group);
        session.mirror(group.members().get(0));
        session.select(session.winlinks().get(0));
        return own.stream().filter(window -> window.links().isEmpty()).distinct().toList();
    }

    private int paneId(int wantedId) {
        boolean free = wantedId >= 0 && paneById(wantedId).isEmpty();
        int id = free ? wantedId : nextPaneId++;
        nextPaneId = Math.max(nextPaneId, id + 1);
        return id;
    }

    /** Closes the session if it has no window left; returns it then. */
    Optional<Session> removeIfEmpty(Session session) {
        if (!session.windows().isEmpty()) return Optional.empty();
        closeSession(session);
        return Optional.of(session);
    }

    /** Removes a window whose panes were hung up from every session; returns the sessions that went with it. */
    public List<Session> removeWindow(Window window) {
        List<Session> closed = unlinkEverywhere(window);
        // As tmux destroys a window's panes after unlinking it: their modes end (and are told) last.
        for (Pane pane : window.panes()) pane.markEnded();
        return closed;
    }

    /** Takes each place of the window out (renumbering as the sessions' options say); returns the sessions left empty. */
    private List<Session> unlinkEverywhere(Window window) {
        List<Session> closed = new ArrayList<>();
        // Session by session in name order, each one's group following it, as tmux's server_kill_window.
        for (Session session : all()) {
            if (!session.has(window)) continue;
            while (session.has(window)) {
                session.remove(session.linkOf(window).orElseThrow());
                groups.synchronize(session);
            }
            removeIfEmpty(session).ifPresent(closed::add);
        }
        return closed;
    }

    /** The first pane of a new window: it fills the window. */
    public Pane createPane(Window window, Terminal terminal) {
        return createPane(window, terminal, -1);
    }

    /** The first pane of a new window, taking {@code wantedId} if free (see {@link #createSession(String, int, int, int)}). */
    public Pane createPane(Window window, Terminal terminal, int wantedId) {
        Pane pane = new Pane(paneId(wantedId), window, terminal);
        Session session = window.session();
        window.addFirst(pane, session.columns(), session.rows());
        // As tmux's spawn: a new window is announced once its pane is there.
        events.windowLinked(session, window);
        groups.synchronize(session);
        return pane;
    }

    /**
     * break-pane: takes {@code pane} out of its window, still running, into a new window of the same
     * session at the lowest free index.
     */
    public Window breakPane(Pane pane, String name) {
        return breakPane(pane, name, pane.window().session(), -1);
    }

    /** break-pane -t: the pane's new window goes to {@code session} at the free {@code index} (-1: the lowest free one). */
    public Window breakPane(Pane pane, String name, Session session, int index) {
        Window from = pane.window();
        from.remove(pane);
        Window window = index < 0 ? createWindow(session, name) : createWindow(session, index, name);
        pane.moveTo(window);
        window.addFirst(pane, session.columns(), session.rows());
        events.windowLinked(session, window);
        groups.synchronize(session);
        return window;
    }

    /**
     * A pane split off {@code target} (split-window), or with {@code full} (-f) off its whole window,
     * sized by the layout before anything runs in it.
     */
    public Pane splitPane(Pane target, Terminal terminal, Split split, int size, boolean before, boolean full)
            throws LayoutException {
        Pane pane = new Pane(paneId(-1), target.window(), terminal);
        target.window().split(target, pane, split, size, before, full);
        return pane;
    }

    /** A split whose pane takes {@code wantedId} if free (see {@link #createSession(String, int, int, int)}). */
    public Pane splitPane(Pane target, Terminal terminal, Split split, int size, boolean before, int wantedId)
            throws LayoutException {
        Pane pane = new Pane(paneId(wantedId), target.window(), terminal);
        target.window().split(target, pane, split, size, before, false);
        return pane;
    }

    /**
     * Gives a pane made by {@link #createPane} or {@link #splitPane} the process started for it. A
     * split's new layout is told now, as tmux's spawn does once the pane runs (after it was selected),
     * and so is a new session, once its first pane runs.
     */
    public void started(Pane pane, PaneProcess process) {
        pane.attach(process);
        if (pane.window().panes().size() > 1) events.windowLayoutChanged(pane.window());
        if (!holdingNewSessions) announce(pane.window().session());
    }

    /** Holds back (or no longer) the telling of new sessions, for new-session -t (tmux tells it after the group's windows). */
    public void holdNewSessions(boolean hold) {
        holdingNewSessions = hold;
    }

    /** Tells {@code session} as created, unless it was already. */
    public void announce(Session session) {
        if (session.announce()) events.sessionCreated(session);
    }

    /**
     * Removes an ended pane, then its window if that is now empty, then its session likewise.
     * Returns the session if it was removed with it.
     */
    public List<Session> removePane(Pane pane) {
        Window window = pane.window();
        window.remove(pane);
        List<Session> closed = List.of();
        if (window.panes().isEmpty()) closed = unlinkEverywhere(window);
        // As tmux's pane destroy: the pane's mode ends (and is told) once it has left its window.
        pane.markEnded();
        return closed;
    }

    /**
     * Removes a session; returns the windows that were in no other session, which go with it (their
     * panes are to be hung up; their later end events then find nothing to do).
     */
    public List<Window> removeSession(Session session) {
        closeSession(session);
        // As tmux's session_destroy: the session's end is told, then each of its windows leaving,
        // then their panes' modes ending as the windows are destroyed.
        List<Window> ended = new ArrayList<>();
        for (Winlink link : session.winlinks()) {
            link.window().removeLink(link);
            events.windowUnlinked(session, link.window());
            if (link.window().links().isEmpty() && !ended.contains(link.window())) ended.add(link.window());
        }
        for (Window window : ended) {
            for (Pane pane : window.panes()) pane.markEnded();
        }
        return ended;
    }

    private void closeSession(Session session) {
        if (!sessions.remove(session)) return;
        groups.leave(session);
        events.sessionClosed(session);
    }

    public void rename(Session session, String newName) {
        session.rename(newName);
        events.sessionRenamed(session);
    }

    public Optional<Session> byName(String name) {
        return sessions.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Session> byId(int id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Window> windowById(int id) {
        return sessions.stream().flatMap(s -> s.windows().stream()).filter(w -> w.id() == id).findFirst();
    }


    public Optional<Pane> paneById(int id) {
        return sessions.stream().flatMap(s -> s.windows().stream()).flatMap(w -> w.panes().stream())
                .filter(p -> p.id() == id).findFirst();
    }

    /** The session a command without -t means: the one used last, as tmux's "best session". */
    public Optional<Session> mostRecentlyUsed() {
        return sessions.stream().max(Comparator.comparingLong(Session::lastUsed));
    }

    /** The marked pane, while it is still in a window. */
    public Optional<Pane> markedPane() {
        boolean valid = marked != null && !marked.isEnded() && marked.window() == markedWindow;
        return valid ? Optional.of(marked) : Optional.empty();
    }

    /**
     * Marks {@code pane} (select-pane -m), or clears the mark (null, select-pane -M). As tmux's
     * mark names a pane in a window, it lapses when the pane moves to another window.
     */
    public void mark(Pane pane) {
        marked = pane;
        markedWindow = pane == null ? null : pane.window();
    }

    public void touch(Session session) {
        session.touch(++useClock);
    }
}
