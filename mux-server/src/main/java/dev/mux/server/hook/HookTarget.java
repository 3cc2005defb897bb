package dev.mux.server.hook;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import java.util.List;
import java.util.SortedMap;

/**
 * What a hook's commands act on when they name no target, as tmux finds it for a notification: the
 * pane it is about, the session it is about (its current window's active pane), a client's session,
 * a window's session (of a window in several, the one used last); where that is gone, the most
 * recently used session. Also where the hook is
 * looked up: a session hook in that session's options, a pane or window hook in the pane's.
 *
 * @param session null when the server has no session
 * @param pane    null when the server has no session
 */
record HookTarget(Session session, Pane pane) {
    static final HookTarget NOTHING = new HookTarget(null, null);

    static HookTarget of(HookEvent event, Sessions sessions) {
        if (event.pane() != null && alive(event.pane(), sessions)) return ofPane(event.pane());
        if (event.session() != null && sessions.all().contains(event.session())) {
            if (event.window() == null) return ofSession(event.session());
            if (event.session().has(event.window())) return new HookTarget(event.session(), event.window().activePane());
            return nothing(sessions);
        }
        if (event.window() != null && !event.window().links().isEmpty()) return ofPane(event.window().activePane());
        if (event.clientSession() != null && sessions.all().contains(event.clientSession())) {
            return ofSession(event.clientSession());
        }
        return nothing(sessions);
    }

    /** The target of a command that named none: the given pane, else the most recently used session. */
    static HookTarget ofPaneOrNothing(Pane pane, Sessions sessions) {
        return pane != null && alive(pane, sessions) ? ofPane(pane) : nothing(sessions);
    }

    static HookTarget ofSession(Session session) {
        return new HookTarget(session, session.activePane());
    }

    /** A pane's or window's event: the window's best place, as tmux's cmd_find_from_pane. */
    private static HookTarget ofPane(Pane pane) {
        Window window = pane.window();
        return new HookTarget(Winlink.bestOf(window).session(), pane);
    }

    private static HookTarget nothing(Sessions sessions) {
        return sessions.mostRecentlyUsed().map(HookTarget::ofSession).orElse(NOTHING);
    }

    private static boolean alive(Pane pane, Sessions sessions) {
        return sessions.paneById(pane.id()).orElse(null) == pane && pane.window().session() != null;
    }

    /**
     * The target again, unless what it names went away since (then the most recently used session);
     * a pane whose window left the session is taken at its window's best place.
     */
    HookTarget stillThere(Sessions sessions) {
        if (pane == null || !alive(pane, sessions)) return nothing(sessions);
        boolean placeKept = session != null && sessions.all().contains(session) && session.has(pane.window());
        return placeKept ? this : ofPane(pane);
    }

    /** The hook's commands in index order, looked up as tmux does; empty when it is not set. */
    @SuppressWarnings("unchecked")
    List<String> commands(OptionDefinition hook, OptionStore options) {
        Options set;
        if (hook.in(OptionScope.SESSION)) {
            set = session != null ? session.options() : options.session();
        } else if (pane != null) {
            set = pane.options();
        } else {
            return List.of();
        }
        Object value = set.get(hook.name());
        if (!(value instanceof SortedMap<?, ?> items)) return List.of();
        return List.copyOf(((SortedMap<Integer, String>) items).values());
    }
}
