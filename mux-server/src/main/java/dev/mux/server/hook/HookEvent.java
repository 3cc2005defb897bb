package dev.mux.server.hook;

import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.notify.Notification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Something a hook of the same name runs for, with what tmux tells the hook's commands of it: the
 * client, session, window or pane it is about (each may be null).
 */
public record HookEvent(String name, String clientName, Session clientSession, Session session, Window window,
                        Pane pane) {
    public static HookEvent ofPane(String name, Pane pane) {
        return new HookEvent(name, null, null, null, null, pane);
    }

    public static HookEvent ofClient(String name, Client client) {
        return ofClient(name, client.name(), client.session());
    }

    /** A client's hook: the client by its name and the session it is attached to (null: none). */
    public static HookEvent ofClient(String name, String clientName, Session clientSession) {
        return new HookEvent(name, clientName, clientSession, null, null, null);
    }

    /**
     * The hook a notification runs, which carries the notification's name; empty for the paste
     * buffer notifications, which tmux tells control clients but runs no hook for.
     */
    static Optional<HookEvent> of(Notification notification) {
        if (notification instanceof Notification.PasteBufferChanged || notification instanceof Notification.PasteBufferDeleted) {
            return Optional.empty();
        }
        return Optional.of(hookOf(notification));
    }

    private static HookEvent hookOf(Notification notification) {
        String name = notification.name();
        if (notification instanceof Notification.SessionCreated n) return session(name, n.session(), null);
        if (notification instanceof Notification.SessionClosed n) return session(name, n.session(), null);
        if (notification instanceof Notification.SessionRenamed n) return session(name, n.session(), null);
        if (notification instanceof Notification.SessionWindowChanged n) return session(name, n.session(), null);
        if (notification instanceof Notification.WindowLinked n) return session(name, n.session(), n.window());
        if (notification instanceof Notification.WindowUnlinked n) return session(name, n.session(), n.window());
        if (notification instanceof Notification.WindowRenamed n) return session(name, null, n.window());
        if (notification instanceof Notification.WindowPaneChanged n) return session(name, null, n.window());
        if (notification instanceof Notification.WindowLayoutChanged n) return session(name, null, n.window());
        if (notification instanceof Notification.PaneModeChanged n) return ofPane(name, n.pane());
        if (notification instanceof Notification.WindowResized n) return session(name, null, n.window());
        if (notification instanceof Notification.PaneTitleChanged n) return ofPane(name, n.pane());
        if (notification instanceof Notification.PaneSetClipboard n) return ofPane(name, n.pane());
        if (notification instanceof Notification.WindowAlert n) return session(name, n.session(), n.window());
        if (notification instanceof Notification.ClientResized n) return ofClient(name, n.client());
        if (notification instanceof Notification.ClientActive n) return ofClient(name, n.client());
        if (notification instanceof Notification.PaneFocus n) return ofPane(name, n.pane());
        if (notification instanceof Notification.ClientFocus n) return ofClient(name, n.client());
        if (notification instanceof Notification.ClientSessionChanged n) return ofClient(name, n.client());
        if (notification instanceof Notification.ClientDetached n) {
            return ofClient(name, n.clientName(), n.client().session());
        }
        throw new IllegalArgumentException("no hook for " + name);
    }

    private static HookEvent session(String name, Session session, Window window) {
        return new HookEvent(name, null, null, session, window, null);
    }

    /** tmux's formats of a notification's hook: hook, hook_client, hook_session(_name), hook_window(_name), hook_pane. */
    Map<String, String> formats() {
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("hook", name);
        if (clientName != null) formats.put("hook_client", clientName);
        if (session != null) {
            formats.put("hook_session", "$" + session.id());
            formats.put("hook_session_name", session.name());
        }
        if (window != null) {
            formats.put("hook_window", "@" + window.id());
            formats.put("hook_window_name", window.name());
        }
        if (pane != null) formats.put("hook_pane", "%" + pane.id());
        return formats;
    }
}
