package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.notify.Notification;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.OptionStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which panes have the focus, as tmux 3.3a's window_pane_update_focus decides: the active pane of
 * a window that is the current window of an attached client whose terminal has the focus (a client
 * has it from when it attaches until its terminal reports losing it, and again once it reports
 * gaining it). A pane that gains or loses the focus gets {@code ESC [ I} or {@code ESC [ O} if its
 * program asked for focus reports, and its pane-focus-in or pane-focus-out hook runs. The focus is
 * worked out again when a client attaches, switches session or detaches, when its terminal reports
 * focus, and, with focus-events on, when a window's active pane or a session's current window
 * changes, which is when tmux works it out.
 */
final class FocusKeeper implements Notifications.Watcher {
    private static final byte[] FOCUS_IN = {0x1b, '[', 'I'};
    private static final byte[] FOCUS_OUT = {0x1b, '[', 'O'};

    private final ClientRegistry clients;
    private final OptionStore options;
    private final Notifications notifications;
    /** tmux's PANE_FOCUSED: the panes last told they have the focus, in the order they got it. */
    private final Set<Pane> focused = new LinkedHashSet<>();
    /** Attached clients whose terminal reported that it lost the focus. */
    private final Set<Client> unfocused = new HashSet<>();

    FocusKeeper(ClientRegistry clients, OptionStore options, Notifications notifications) {
        this.clients = clients;
        this.options = options;
        this.notifications = notifications;
    }

    @Override
    public void notified(Notification notification) {
        if (notification instanceof Notification.ClientSessionChanged n) {
            unfocused.remove(n.client());
            update();
        } else if (notification instanceof Notification.ClientDetached n) {
            unfocused.remove(n.client());
            update();
        } else if (notification instanceof Notification.WindowPaneChanged
                || notification instanceof Notification.SessionWindowChanged) {
            if (focusEvents()) update();
        }
    }

    /** The client's terminal reported that it gained ({@code in}) or lost the focus (CSI I, CSI O). */
    void clientFocus(Client client, boolean in) {
        if (!client.isAttached()) return;
        if (in) {
            unfocused.remove(client);
            notifications.fire(new Notification.ClientFocus(true, client));
            update();
        } else {
            unfocused.add(client);
            update();
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

    private void update() {
        Set<Pane> wanted = new LinkedHashSet<>();
        for (Client client : clients.all()) {
            if (client.isAttached() && !unfocused.contains(client) && client.session().currentWindow() != null) {
                Pane active = client.session().currentWindow().activePane();
                if (active != null) wanted.add(active);
            }
        }
        List<Pane> lost = new ArrayList<>();
        for (Pane pane : focused) {
            if (!wanted.contains(pane)) lost.add(pane);
        }
        for (Pane pane : lost) {
            focused.remove(pane);
            if (pane.window().panes().contains(pane)) tell(pane, false);
        }
        for (Pane pane : wanted) {
            if (focused.add(pane)) tell(pane, true);
        }
    }

    private void tell(Pane pane, boolean in) {
        if (pane.terminal().screen().modes().focusEvents()) pane.write(in ? FOCUS_IN : FOCUS_OUT);
        notifications.fire(new Notification.PaneFocus(in, pane));
    }
}
