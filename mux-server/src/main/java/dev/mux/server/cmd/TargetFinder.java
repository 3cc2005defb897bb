package dev.mux.server.cmd;

import dev.mux.server.layout.Direction;
import dev.mux.server.layout.Geometry;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import java.util.Comparator;
import dev.mux.server.mouse.MouseKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what a target names, step for step as tmux 3.3a's cmd_find_target: every part of the
 * target that is given must name something, whatever the command wants in the end, so that
 * {@code kill-session -t %99} or {@code -t work:99} fails with tmux's message instead of acting
 * on the current session. One finder per lookup: it carries the state tmux fills in (session,
 * window, pane and, for new-window, an index) as the parts are looked up.
 */
final class TargetFinder {
    /**
     * What a target named. {@code index} is the window index a new window is to take when the
     * finder was asked for one ({@code -1}: the lowest free index), else the window's own.
     */
    record Found(Session session, Window window, Pane pane, int index) {}

    /** tmux reads numbers with strtonum(3): blanks and a sign may come first, nothing after. */
    private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?\\d+");
    private static final long UINT_MAX = 0xffffffffL;
    private static final Map<String, Direction> NEIGHBOURS = Map.of(
            "{up-of}", Direction.UP, "{down-of}", Direction.DOWN,
            "{left-of}", Direction.LEFT, "{right-of}", Direction.RIGHT);

    private final Sessions sessions;
    private final Session currentSession;
    private final Requester requester;
    /** A hook's pane, which a target that names nothing means (null: the current session's active pane). */
    private Pane currentPaneOverride;
    private final boolean windowIndex;
    private boolean exactSession;
    private boolean exactWindow;
    private Session session;
    private Window window;
    private Pane pane;
    private int index = -1;

    private TargetFinder(Sessions sessions, Session currentSession, Requester requester, boolean windowIndex) {
        this.sessions = sessions;
        this.currentSession = currentSession;
        this.requester = requester;
        this.windowIndex = windowIndex;
    }

    /**
     * Looks {@code text} up as a target of {@code kind}; with {@code windowIndex} (new-window's
     * {@code -t}) a window part may name a free index, and a pane part is refused.
     */
    static Found find(CommandContext context, String text, TargetSpec.Kind kind, boolean windowIndex)
            throws CommandException {
        Session current = context.attachedSession();
        if (current == null) current = context.sessions().mostRecentlyUsed().orElse(null);
        TargetFinder finder = new TargetFinder(context.sessions(), current, context.requester(), windowIndex);
        Pane hookPane = context.requester().currentPane();
        if (hookPane != null && context.sessions().paneById(hookPane.id()).orElse(null) == hookPane) {
            finder.currentPaneOverride = hookPane;
        }
        return finder.find(text, kind);
    }

    private Found find(String text, TargetSpec.Kind kind) throws CommandException {
        if (text == null || text.isEmpty()) return current();
        if (text.equals("=") || text.equals("{mouse}")) return mouse();
        if (text.equals("~") || text.equals("{marked}")) return marked();
        TargetSpec spec = TargetSpec.parse(text, kind);
        exactSession = spec.exactSession();
        exactWindow = spec.exactWindow();
        String sessionPart = spec.session();
        String windowPart = spec.window();
        String panePart = spec.pane();
        if (panePart != null && windowIndex) throw new CommandException("can't specify pane here");

        if (sessionPart != null) {
            if (!findSession(sessionPart)) throw cannotFind("session", sessionPart);
            if (windowPart == null && panePart == null) {
                window = session.currentWindow();
                pane = window.activePane();
                index = -1;
                return found();
            }
            if (windowPart != null && !findWindowInSession(windowPart)) throw cannotFind("window", windowPart);
            if (panePart == null) {
                pane = window.activePane();
                return found();
            }
            boolean paneFound = windowPart == null ? findPaneInSession(panePart) : findPaneInWindow(panePart);
            if (!paneFound) throw cannotFind("pane", panePart);
            return found();
        }
        if (windowPart != null) {
            if (!findWindow(windowPart, spec.windowOnly())) throw cannotFind("window", windowPart);
            if (panePart == null) {
                pane = window.activePane();
                return found();
            }
            if (!findPaneInWindow(panePart)) throw cannotFind("pane", panePart);
            return found();
        }
        if (panePart != null) {
            if (!findPane(panePart, spec.paneOnly())) throw cannotFind("pane", panePart);
            return found();
        }
        return current();
    }

    private Found current() throws CommandException {
        if (currentPaneOverride != null) {
            Window hookWindow = currentPaneOverride.window();
            Session hookSession = bestSessionWith(hookWindow);
            return new Found(hookSession, hookWindow, currentPaneOverride, windowIndex ? -1 : hookSession.indexOf(hookWindow));
        }
        if (currentSession == null) throw new CommandException("no current session");
        Window currentWindow = currentSession.currentWindow();
        return new Found(currentSession, currentWindow, requester.currentPane(currentWindow),
                windowIndex ? -1 : currentSession.currentLink().index());
    }

    /**
     * What the mouse key of the command's binding is over, as tmux's "=" and "{mouse}": its pane,
     * else the active pane of its window (a window of the status line, or the current one).
     */
    private Found mouse() throws CommandException {
        MouseKey key = requester.mouse();
        if (key == null) throw new CommandException("no mouse target");
        Session mouseSession = key.place().session();
        Window mouseWindow = key.place().window();
        if (!sessions.all().contains(mouseSession) || !mouseSession.windows().contains(mouseWindow)) {
            throw new CommandException("no mouse target");
        }
        Pane mousePane = key.place().pane();
        if (mousePane == null || !mouseWindow.panes().contains(mousePane)) mousePane = mouseWindow.activePane();
        return new Found(mouseSession, mouseWindow, mousePane, mouseSession.indexOf(mouseWindow));
    }

    /** The pane select-pane -m marked, as tmux's "~" and "{marked}". */
    private Found marked() throws CommandException {
        Pane marked = sessions.markedPane().orElseThrow(() -> new CommandException("no marked target"));
        return new Found(marked.window().session(), marked.window(), marked, marked.window().index());
    }

    private Found found() {
        return new Found(session, window, pane, index);
    }

    private static CommandException cannotFind(String noun, String part) {
        return new CommandException("can't find " + noun + ": " + part);
    }

    /** cmd_find_get_session: an id, an exact name, then (unless {@code =}) a unique prefix or pattern. */
    private boolean findSession(String part) {
        if (part.startsWith("$")) {
            session = number(part.substring(1), 0, UINT_MAX).flatMap(id -> sessions.byId(id.intValue())).orElse(null);
            return session != null;
        }
        try {
            session = TargetSpec.matchName("session", part, exactSession, sessions.all(), Session::name);
            return true;
        } catch (CommandException noneOrMany) {
            return false;
        }
    }

    /** cmd_find_get_window: an id anywhere, else a window of the current session, else (unless after a colon) a session. */
    private boolean findWindow(String part, boolean only) {
        if (part.startsWith("@")) {
            window = windowById(part);
            if (window == null) return false;
            session = bestSessionWith(window);
            index = session.indexOf(window);
            return true;
        }
        session = currentSession;
        if (session == null) return false;
        if (findWindowInSession(part)) return true;
        if (only || !findSession(part)) return false;
        window = session.currentWindow();
        if (!windowIndex) index = session.currentLink().index();
        return true;
    }

    /** cmd_find_get_window_with_session: {@code part} as a window of {@link #session}. */
    private boolean findWindowInSession(String part) {
        window = session.currentWindow();
        if (part.startsWith("@")) {
            window = windowById(part);
            if (window == null || !session.has(window)) return false;
            index = session.indexOf(window);
            return true;
        }
        boolean offset = part.startsWith("+") || part.startsWith("-");
        if (!exactWindow && offset && findWindowByOffset(part)) return true;
        if (!exactWindow) {
            List<Winlink> links = session.winlinks();
            Winlink special = switch (part) {
                case "!" -> session.lastLink();
                case "^" -> links.get(0);
                case "$" -> links.get(links.size() - 1);
                default -> null;
            };
            if (special != null) return select(special);
            if (part.equals("!") || part.equals("^") || part.equals("$")) return false;
        }
        if (!offset) {
            Optional<Long> number = number(part, 0, Integer.MAX_VALUE);
            if (number.isPresent()) {
                Optional<Winlink> at = session.linkAt(number.get().intValue());
                if (at.isPresent()) return select(at.get());
                if (windowIndex) {
                    index = number.get().intValue();
                    return true;
                }
            }
        }
        try {
            return select(TargetSpec.matchName("window", part, exactWindow, session.winlinks(), link -> link.window().name()));
        } catch (CommandException noneOrMany) {
            return false;
        }
    }

    /** {@code +N} / {@code -N}: windows after or before the current one, wrapping; for new-window an index. */
    private boolean findWindowByOffset(String part) {
        int steps = part.length() == 1 ? 1 : number(part.substring(1), 1, Integer.MAX_VALUE).orElse(0L).intValue();
        int currentIndex = session.currentLink().index();
        boolean forward = part.charAt(0) == '+';
        if (windowIndex) {
            if (forward ? Integer.MAX_VALUE - currentIndex < steps : steps > currentIndex) return false;
            index = forward ? currentIndex + steps : currentIndex - steps;
            return true;
        }
        List<Winlink> links = session.winlinks();
        int position = links.indexOf(session.currentLink());
        return select(links.get(Math.floorMod(position + (long) (forward ? steps : -steps), links.size())));
    }

    private boolean select(Winlink found) {
        window = found.window();
        index = found.index();
        return true;
    }

    /**
     * The session a window named by id alone is looked for in, as tmux's
     * cmd_find_best_session_with_window: the current session if the window is in it, else the one
     * used last of those it is in.
     */
    private Session bestSessionWith(Window found) {
        if (currentSession != null && currentSession.has(found)) return currentSession;
        return found.linkedSessions().stream().max(Comparator.comparingLong(Session::lastUsed))
                .orElse(found.session());
    }

    /** cmd_find_get_pane: an id anywhere, else a pane of the current window, else (unless after a period) a window. */
    private boolean findPane(String part, boolean only) {
        if (part.startsWith("%")) {
            pane = paneById(part);
            if (pane == null) return false;
            window = pane.window();
            session = bestSessionWith(window);
            index = session.indexOf(window);
            return true;
        }
        if (currentSession == null) return false;
        session = currentSession;
        window = session.currentWindow();
        index = session.currentLink().index();
        if (findPaneInWindow(part)) return true;
        if (only || !findWindow(part, false)) return false;
        pane = window.activePane();
        return true;
    }

    /** cmd_find_get_pane_with_session: {@code part} as a pane of {@link #session}'s current window. */
    private boolean findPaneInSession(String part) {
        if (part.startsWith("%")) {
            pane = paneById(part);
            if (pane == null || !session.has(pane.window())) return false;
            window = pane.window();
            index = session.indexOf(window);
            return true;
        }
        window = session.currentWindow();
        index = session.currentLink().index();
        return findPaneInWindow(part);
    }

    /** cmd_find_get_pane_with_window: {@code part} as a pane of {@link #window}. */
    private boolean findPaneInWindow(String part) {
        if (part.startsWith("%")) {
            pane = paneById(part);
            return pane != null && pane.window() == window;
        }
        if (part.equals("!")) {
            pane = window.lastActivePane();
            return pane != null;
        }
        Direction direction = NEIGHBOURS.get(part);
        if (direction != null) {
            Pane from = currentPane();
            pane = from == null ? null : from.window().neighbour(from, direction).orElse(null);
            return pane != null;
        }
        List<Pane> panes = window.panes();
        if (part.startsWith("+") || part.startsWith("-")) {
            int steps = part.length() == 1 ? 1 : number(part.substring(1), 1, Integer.MAX_VALUE).orElse(0L).intValue();
            Pane from = currentPane();
            int position = Math.max(0, panes.indexOf(from != null && from.window() == window ? from : window.activePane()));
            pane = panes.get(Math.floorMod(position + (long) (part.charAt(0) == '+' ? steps : -steps), panes.size()));
            return true;
        }
        Optional<Long> number = number(part, 0, Integer.MAX_VALUE);
        long position = number.orElse(-1L) - window.options().number("pane-base-index");
        if (number.isPresent() && position >= 0 && position < panes.size()) {
            pane = panes.get((int) position);
            return true;
        }
        pane = paneAtEdge(part);
        return pane != null;
    }

    /** The pane at {@code top}, {@code bottom-left} and so on (tmux's window_find_string), or null. */
    private Pane paneAtEdge(String description) {
        int columns = window.layout().columns();
        int rows = window.layout().rows();
        int x = columns / 2;
        int y = rows / 2;
        String lower = description.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "top" -> y = 0;
            case "bottom" -> y = rows - 1;
            case "left" -> x = 0;
            case "right" -> x = columns - 1;
            case "top-left" -> { x = 0; y = 0; }
            case "top-right" -> { x = columns - 1; y = 0; }
            case "bottom-left" -> { x = 0; y = rows - 1; }
            case "bottom-right" -> { x = columns - 1; y = rows - 1; }
            default -> {
                return null;
            }
        }
        for (Pane candidate : window.panes()) {
            Geometry at = window.geometry(candidate);
            // The right and bottom borders count as the pane's, as in tmux.
            if (x >= at.x() && x <= at.x() + at.columns() && y >= at.y() && y <= at.y() + at.rows()) return candidate;
        }
        return null;
    }

    private Pane currentPane() {
        if (currentPaneOverride != null) return currentPaneOverride;
        return currentSession == null || currentSession.currentWindow() == null ? null
                : requester.currentPane(currentSession.currentWindow());
    }

    private Window windowById(String part) {
        return number(part.substring(1), 0, UINT_MAX).flatMap(id -> sessions.windowById(id.intValue())).orElse(null);
    }

    private Pane paneById(String part) {
        return number(part.substring(1), 0, UINT_MAX).flatMap(id -> sessions.paneById(id.intValue())).orElse(null);
    }

    /** strtonum(3): the number in {@code text} if it is one and lies in [min, max]. */
    private static Optional<Long> number(String text, long min, long max) {
        if (!NUMBER.matcher(text).matches()) return Optional.empty();
        try {
            long value = Long.parseLong(text.strip());
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
