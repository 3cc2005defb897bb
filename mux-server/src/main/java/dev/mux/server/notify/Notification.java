package dev.mux.server.notify;

import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;

/**
 * One change of the server that its watchers are told of, named as tmux names its notifications
 * (and the hooks run for them). It holds what changed, not its state: who reports it reads the
 * state when it reports, as tmux does, so a window closed by the time a control client hears of it
 * is reported as gone.
 */
public sealed interface Notification {
    /** tmux's name of the notification (and of its hook). */
    String name();

    record SessionCreated(Session session) implements Notification {
        public String name() {
            return "session-created";
        }
    }

    record SessionClosed(Session session) implements Notification {
        public String name() {
            return "session-closed";
        }
    }

    record SessionRenamed(Session session) implements Notification {
        public String name() {
            return "session-renamed";
        }
    }

    record SessionWindowChanged(Session session) implements Notification {
        public String name() {
            return "session-window-changed";
        }
    }

    record WindowLinked(Session session, Window window) implements Notification {
        public String name() {
            return "window-linked";
        }
    }

    record WindowUnlinked(Session session, Window window) implements Notification {
        public String name() {
            return "window-unlinked";
        }
    }

    record WindowRenamed(Window window) implements Notification {
        public String name() {
            return "window-renamed";
        }
    }

    record WindowPaneChanged(Window window) implements Notification {
        public String name() {
            return "window-pane-changed";
        }
    }

    record WindowLayoutChanged(Window window) implements Notification {
        public String name() {
            return "window-layout-changed";
        }
    }

    /** No control line in tmux 3.3a: its hook alone hears it. */
    record WindowResized(Window window) implements Notification {
        public String name() {
            return "window-resized";
        }
    }

    /** No control line in tmux 3.3a: its hook alone hears it. */
    record PaneTitleChanged(Pane pane) implements Notification {
        public String name() {
            return "pane-title-changed";
        }
    }

    /** The pane's program set the clipboard (OSC 52) and set-clipboard let it; its hook alone hears it. */
    record PaneSetClipboard(Pane pane) implements Notification {
        public String name() {
            return "pane-set-clipboard";
        }
    }

    /** A client became the latest of its current window (it typed or resized there); its hook alone hears it. */
    record ClientActive(Client client) implements Notification {
        public String name() {
            return "client-active";
        }
    }

    /** The pane gained ({@code in}) or lost its focus (tmux's pane-focus-in/out); its hook alone hears it. */
    record PaneFocus(boolean in, Pane pane) implements Notification {
        public String name() {
            return in ? "pane-focus-in" : "pane-focus-out";
        }
    }

    /** The client's terminal reported that it gained ({@code in}) or lost the focus; its hook alone hears it. */
    record ClientFocus(boolean in, Client client) implements Notification {
        public String name() {
            return in ? "client-focus-in" : "client-focus-out";
        }
    }

    /** An attached client's terminal changed size; its hook alone hears it. */
    record ClientResized(Client client) implements Notification {
        public String name() {
            return "client-resized";
        }
    }

    /**
     * A bell, activity or silence in {@code window} of {@code session} whose action applies there
     * ({@code name} is alert-bell, alert-activity or alert-silence); its hook alone hears it.
     */
    record WindowAlert(String name, Session session, Window window) implements Notification {
    }

    record PaneModeChanged(Pane pane) implements Notification {
        public String name() {
            return "pane-mode-changed";
        }
    }

    /** The client is attached to another session (or was attached for the first time). */
    record ClientSessionChanged(Client client) implements Notification {
        public String name() {
            return "client-session-changed";
        }
    }

    /** {@code clientName} is the client's name when it detached. */
    record ClientDetached(Client client, String clientName) implements Notification {
        public String name() {
            return "client-detached";
        }
    }

    /** A paste buffer was set: added, replaced, or another renamed to it (tmux 3.4). */
    record PasteBufferChanged(String bufferName) implements Notification {
        public String name() {
            return "paste-buffer-changed";
        }
    }

    /** A paste buffer went: deleted, dropped past buffer-limit, replaced, or renamed away (tmux 3.4). */
    record PasteBufferDeleted(String bufferName) implements Notification {
        public String name() {
            return "paste-buffer-deleted";
        }
    }
}
