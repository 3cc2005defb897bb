package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.loop.OnDemandTicker;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.model.WindowAlerts;
import dev.mux.server.model.Winlink;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.Options;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bells, activity and silence, checked as tmux 3.3a's alerts.c does, after each batch of events
 * (before the clients are drawn): a monitored alert in a window raises its flag in the window list
 * unless the window is the current one of an attached session; where {@code bell-action},
 * {@code activity-action} or {@code silence-action} says so, each attached client of the session
 * (once per session and check) hears a bell, sees "Bell in window N" (visual-bell), or both, and
 * the alert-bell, alert-activity or alert-silence hook runs.
 * Silence is counted by a tick, which runs only while monitor-silence is set somewhere: a window
 * with monitor-silence N that had no alert for N seconds.
 */
final class AlertChecks {
    /** How often windows are looked at for silence; monitor-silence is whole seconds. */
    private static final long SILENCE_TICK_MILLIS = 250;
    private static final byte[] BELL = "\007".getBytes(StandardCharsets.US_ASCII);

    private final Sessions sessions;
    private final ClientRegistry clients;
    private final EventLoop loop;
    private final Notifications notifications;
    /** Ticks only while a window has monitor-silence set (or the global value is set): an idle server sleeps. */
    private final OnDemandTicker silence;
    /** {@link Options#changes} when the silence ticker was last woken: only a changed option can start it. */
    private long optionChangesSeen = -1;

    AlertChecks(Sessions sessions, ClientRegistry clients, EventLoop loop, Notifications notifications) {
        this.sessions = sessions;
        this.clients = clients;
        this.loop = loop;
        this.notifications = notifications;
        this.silence = new OnDemandTicker(loop, SILENCE_TICK_MILLIS, this::silenceWatched, this::silenceTick);
        loop.addBatchHook(this::checkQueued);
    }

    /**
     * A client attached to {@code session}: the flags of its current place go (there only, as in
     * tmux), and every window's pending alerts are checked.
     */
    void attached(Session session) {
        Winlink current = session.currentLink();
        if (current != null) current.clearAlerts();
        for (Window window : session.windows()) check(window);
    }

    /** The global window value covers windows made later, which inherit it. */
    private boolean silenceWatched() {
        if (sessions.options().window().number("monitor-silence") > 0) return true;
        for (Session session : sessions.all()) {
            for (Window window : session.windows()) {
                if (window.options().number("monitor-silence") > 0) return true;
            }
        }
        return false;
    }

    private void silenceTick() {
        long now = System.currentTimeMillis();
        for (Session session : sessions.all()) {
            for (Window window : session.windows()) {
                long seconds = window.options().number("monitor-silence");
                if (seconds > 0 && now - window.alerts().lastActivityMillis() >= seconds * 1000) {
                    window.alert(WindowAlerts.SILENCE);
                }
            }
        }
    }

    private void checkQueued() {
        long changes = Options.changes();
        if (changes != optionChangesSeen) {
            optionChangesSeen = changes;
            silence.wake();
        }
        List<Window> queued = sessions.takeAlertQueue();
        for (Window window : queued) {
            if (!window.links().isEmpty()) check(window);
        }
    }

    private void check(Window window) {
        int happened = window.alerts().happened();
        Options options = window.options();
        if ((happened & WindowAlerts.BELL) != 0 && options.flag("monitor-bell")) {
            raise(window, WindowAlerts.BELL, "bell-action", "bell", "visual-bell", true);
        }
        if ((happened & WindowAlerts.ACTIVITY) != 0 && options.flag("monitor-activity")) {
            raise(window, WindowAlerts.ACTIVITY, "activity-action", "activity", "visual-activity", false);
        }
        if ((happened & WindowAlerts.SILENCE) != 0 && options.number("monitor-silence") != 0) {
            raise(window, WindowAlerts.SILENCE, "silence-action", "silence", "visual-silence", false);
        }
        window.alerts().checked();
    }

    /**
     * One alert of a window ({@code type}: bell, activity or silence), told in each place it has,
     * as tmux's alerts_check_*: a bell is told again while a place shows its flag, activity and
     * silence once per place; the hook runs for each place, and the clients of a session hear
     * about it once however many places of the window it has.
     */
    private void raise(Window window, int alert, String action, String type, String visualOption, boolean repeats) {
        Set<Session> told = new HashSet<>();
        for (Winlink link : List.copyOf(window.links())) {
            if (!repeats && link.shows(alert)) continue;
            Session session = link.session();
            boolean current = session.currentLink() == link;
            List<Client> attached = clients.attachedTo(session);
            if (!current || attached.isEmpty()) link.show(alert);
            if (!applies(session.options().string(action), current)) continue;
            notifications.windowAlert("alert-" + type, session, window);
            if (told.add(session)) tell(attached, current ? -1 : link.index(), type, session.options().string(visualOption));
        }
    }

    /** A bell, a message ("Bell in window 2"), or both, to each attached client that is not a control client. */
    private void tell(List<Client> attached, int index, String type, String visual) {
        String what = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        for (Client client : attached) {
            if (client.isControl()) continue;
            if (!visual.equals("on")) client.draw(BELL);
            if (visual.equals("off")) continue;
            clients.showMessage(client, index < 0 ? what + " in current window" : what + " in window " + index);
        }
    }

    /** bell-action and the others: any, none, current (the current window only) or other. */
    private static boolean applies(String action, boolean current) {
        return switch (action) {
            case "any" -> true;
            case "current" -> current;
            case "other" -> !current;
            default -> false;
        };
    }
}
