package dev.mux.server.control;

import dev.mux.server.client.Client;
import dev.mux.server.layout.Layout;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.notify.Notification;

/**
 * The line a control client is sent for a notification, or null when it is not for that client:
 * tmux's control-mode notifications, their arguments read when they are sent (so a window that has
 * left the client's session by then is an "unlinked" one).
 */
final class NotificationLines {
    private NotificationLines() {}

    static String of(Notification notification, Client to) {
        Session own = to.session();
        if (notification instanceof Notification.PaneModeChanged n) {
            return "%pane-mode-changed %" + n.pane().id();
        } else if (notification instanceof Notification.WindowLayoutChanged n) {
            return layoutChange(n.window(), own);
        } else if (notification instanceof Notification.WindowPaneChanged n) {
            Pane active = n.window().activePane();
            return active == null ? null : "%window-pane-changed @" + n.window().id() + " %" + active.id();
        } else if (notification instanceof Notification.WindowUnlinked n) {
            if (own == null) return null;
            return (inSession(n.window(), own) ? "%window-close @" : "%unlinked-window-close @") + n.window().id();
        } else if (notification instanceof Notification.WindowLinked n) {
            if (own == null) return null;
            return (inSession(n.window(), own) ? "%window-add @" : "%unlinked-window-add @") + n.window().id();
        } else if (notification instanceof Notification.WindowRenamed n) {
            if (own == null) return null;
            return (inSession(n.window(), own) ? "%window-renamed @" : "%unlinked-window-renamed @")
                    + n.window().id() + " " + n.window().name();
        } else if (notification instanceof Notification.ClientSessionChanged n) {
            Session session = n.client().session();
            if (session == null || own == null) return null;
            return n.client() == to ? "%session-changed $" + session.id() + " " + session.name()
                    : "%client-session-changed " + n.client().name() + " $" + session.id() + " " + session.name();
        } else if (notification instanceof Notification.ClientDetached n) {
            return n.client() == to ? null : "%client-detached " + n.clientName();
        } else if (notification instanceof Notification.SessionRenamed n) {
            return "%session-renamed $" + n.session().id() + " " + n.session().name();
        } else if (notification instanceof Notification.SessionCreated || notification instanceof Notification.SessionClosed) {
            return "%sessions-changed";
        } else if (notification instanceof Notification.PasteBufferChanged n) {
            return "%paste-buffer-changed " + n.bufferName();
        } else if (notification instanceof Notification.PasteBufferDeleted n) {
            return "%paste-buffer-deleted " + n.bufferName();
        } else if (notification instanceof Notification.SessionWindowChanged n) {
            Window current = n.session().currentWindow();
            return current == null ? null : "%session-window-changed $" + n.session().id() + " @" + current.id();
        }
        return null;
    }

    /** Whether the window is (still) in the session: one that left it, or whose session ended, is not. */
    private static boolean inSession(Window window, Session session) {
        return session.has(window) && window.linkedSessions().contains(session);
    }

    /**
     * tmux's "%layout-change #{window_id} #{window_layout} #{window_visible_layout}
     * #{window_raw_flags}", for the windows of the client's session that still have panes.
     */
    private static String layoutChange(Window window, Session own) {
        if (own == null || !inSession(window, own) || window.layout() == null) return null;
        String layout = window.layout().describe(Pane::id);
        Pane zoomed = window.zoomedPane();
        String visible = zoomed == null ? layout
                : new Layout<>(zoomed, window.layout().columns(), window.layout().rows()).describe(Pane::id);
        return "%layout-change @" + window.id() + " " + layout + " " + visible + " " + rawFlags(window, own);
    }

    /** #{window_raw_flags} at the window's place in the client's session: current, last, zoomed, as tmux orders them. */
    private static String rawFlags(Window window, Session own) {
        Winlink link = own.linkOf(window).orElseThrow();
        StringBuilder flags = new StringBuilder();
        if (link == own.currentLink()) flags.append('*');
        if (link == own.lastLink()) flags.append('-');
        if (window.zoomedPane() != null) flags.append('Z');
        return flags.toString();
    }
}
