package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.notify.Notification;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.OptionStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which panes have the focus, as tmux 3.3a's window_pane_update_focus decides it for one pane at a
 * time: a pane has it if it is the active pane of a window that is the current window of an
 * attached client whose terminal has the focus (a client has it from when it attaches until its
 * terminal reports losing it, and again once it reports gaining it). A pane that gains or loses
 * the focus gets {@code ESC [ I} or {@code ESC [ O} if its program asked for focus reports, and its
 * pane-focus-in or pane-focus-out hook runs. The panes looked at are tmux's: a client's old and new
 * current window's active pane when it attaches, switches session or detaches, its current
 * window's when its terminal reports focus, a window's new active pane when the active one left
 * it (killed or moved), and, with focus-events on only, a window's previous and new active pane
 * when select-pane changes it, and a session's previous and new current window's.
 */
final class FocusKeeper implements Notifications.Watcher {
    private static final byte[] FOCUS_IN = {0x1b, '[', 'I'};
    private static final byte[] FOCUS_OUT = {0x1b, '[', 'O'};

    private final ClientRegistry clients;
    private final OptionStore options;
    private final Notifications notifications;
    /** tmux's PANE_FOCUSED: the panes last told they have the focus. */
    private final Set<Pane> focused = new HashSet<>();
    /** Attached clients whose terminal reported that it lost the focus. */
    private final Set<Client> unfocused = new HashSet<>();
    /** Each attached client's current window as last seen, to look at again when the client moves or leaves. */
    private final Map<Client, Window> windowOf = new HashMap<>();
    /** Each session's current window as last seen, to look at again when the session selects another. */
    private final Map<Session, Window> currentOf = new HashMap<>();

    FocusKeeper(ClientRegistry clients, OptionStore options, Notifications notifications) {
        this.clients = clients;
        this.options = options;
        this.notifications = notifications;
    }

    @Override
    public void notified(Notification notification) {
        forgetWhatIsGone();
        if (notification instanceof Notification.ClientSessionChanged n) {
            Client client = n.client();
            unfocused.remove(client);
            Window before = windowOf.remove(client);
            if (before != null) update(before);
            if (client.isAttached()) {
                Window now = client.session().currentWindow();
                windowOf.put(client, now);
                currentOf.put(client.session(), now);
                update(now);
            }
        } else if (notification instanceof Notification.ClientDetached n) {
            unfocused.remove(n.client());
            Window before = windowOf.remove(n.client());
            if (before != null) update(before);
        } else if (notification instanceof Notification.WindowPaneChanged n) {
            Pane last = n.window().lastActivePane();
            if (last == null) {
                // The active pane left the window (killed or moved): tmux looks at its successor whatever focus-events says.
                update(n.window());
            } else if (focusEvents()) {
                update(last);
                update(n.window());
            }
        } else if (notification instanceof Notification.SessionWindowChanged n) {
            Window now = n.session().currentWindow();
            Window before = currentOf.put(n.session(), now);
            for (Client client : clients.all()) {
                if (client.isAttached() && client.session() == n.session()) windowOf.put(client, now);
            }
            if (focusEvents()) {
                if (before != null && before != now) update(before);
                if (now != null) update(now);
            }
        } else if (notification instanceof Notification.SessionClosed n) {
            currentOf.remove(n.session());
        }
    }

    /** Killed panes and windows are let go at once, so that their screens are not kept (a few entries: cheap). */
    private void forgetWhatIsGone() {
        focused.removeIf(pane -> !pane.window().panes().contains(pane) || gone(pane.window()));
        windowOf.values().removeIf(FocusKeeper::gone);
        currentOf.values().removeIf(FocusKeeper::gone);
    }

    private static boolean gone(Window window) {
        return window.session() == null || !window.session().windows().contains(window);
    }

    /** The client's terminal reported that it gained ({@code in}) or lost the focus (CSI I, CSI O). */
    void clientFocus(Client client, boolean in) {
        if (!client.isAttached()) return;
        Window current = client.session().currentWindow();
        if (in) {
            unfocused.remove(client);
            notifications.fire(new Notification.ClientFocus(true, client));
            if (current != null) update(current);
        } else {
            unfocused.add(client);
            if (current != null) update(current);
            notifications.fire(new Notification.ClientFocus(false, client));
        }
    }

    /** The pane's program turned focus reports on: with focus-events on it is told at once whether it has the focus. */
    void focusReportsOn(Pane pane) {
        if (focusEvents()) pane.write(focused.contains(pane) ? FOCUS_IN : FOCUS_OUT);
    }

    private boolean focusEvents() {
        return options.server().flag("focus-events");
    }

    private void update(Window window) {
        Pane active = window.activePane();
        if (active != null) update(active);
    }

    /** tmux's window_pane_update_focus: the pane's focus as it is now, told if it changed. */
    private void update(Pane pane) {
        if (!pane.window().panes().contains(pane)) {
            focused.remove(pane);
            return;
        }
        boolean has = false;
        if (pane == pane.window().activePane()) {
            for (Client client : clients.all()) {
                if (client.isAttached() && !unfocused.contains(client) && client.session().currentWindow() == pane.window()) {
                    has = true;
                    break;
                }
            }
        }
        if (has == focused.contains(pane)) return;
        if (has) focused.add(pane);
        else focused.remove(pane);
        if (pane.terminal().screen().modes().focusEvents()) pane.write(has ? FOCUS_IN : FOCUS_OUT);
        notifications.fire(new Notification.PaneFocus(has, pane));
    }
}
