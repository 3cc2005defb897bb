package dev.mux.server.notify;

import dev.mux.server.client.Client;
import dev.mux.server.model.ModelEvents;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * The server-wide seam of notifications: the model's changes (it observes the model) and the
 * clients' (the server fires those) go out to every watcher, in the order they happened. Control
 * clients watch it; hooks can. A pane's output is passed on separately, to one watcher, as it is
 * the busiest path. Loop thread only.
 */
public final class Notifications implements ModelEvents {
    /** Told of every notification as it is fired; must not change the model while told. */
    public interface Watcher {
        void notified(Notification notification);
    }

    /** Told of a pane's output after the pane parsed it. */
    public interface OutputWatcher {
        void output(Pane pane, byte[] bytes, int length);
    }

    private final List<Watcher> watchers = new ArrayList<>();
    private OutputWatcher outputWatcher = (pane, bytes, length) -> {};
    /** Notifications and pane outputs told so far: whoever keeps a copy of the state knows by it that it changed. */
    private long told;

    public void watch(Watcher watcher) {
        watchers.add(watcher);
    }

    public void watchOutput(OutputWatcher watcher) {
        outputWatcher = watcher;
    }

    /** How many notifications and pane outputs were told since the server started. */
    public long told() {
        return told;
    }

    public void fire(Notification notification) {
        told++;
        for (Watcher watcher : watchers) watcher.notified(notification);
    }

    public void clientSessionChanged(Client client) {
        fire(new Notification.ClientSessionChanged(client));
    }

    public void clientActive(Client client) {
        fire(new Notification.ClientActive(client));
    }

    public void clientResized(Client client) {
        fire(new Notification.ClientResized(client));
    }

    public void paneSetClipboard(Pane pane) {
        fire(new Notification.PaneSetClipboard(pane));
    }

    public void windowAlert(String name, Session session, Window window) {
        fire(new Notification.WindowAlert(name, session, window));
    }

    public void clientDetached(Client client) {
        fire(new Notification.ClientDetached(client, client.name()));
    }

    public void pasteBufferChanged(String name) {
        fire(new Notification.PasteBufferChanged(name));
    }

    public void pasteBufferDeleted(String name) {
        fire(new Notification.PasteBufferDeleted(name));
    }

    @Override
    public void sessionCreated(Session session) {
        fire(new Notification.SessionCreated(session));
    }

    @Override
    public void sessionClosed(Session session) {
        fire(new Notification.SessionClosed(session));
    }

    @Override
    public void sessionRenamed(Session session) {
        fire(new Notification.SessionRenamed(session));
    }

    @Override
    public void sessionWindowChanged(Session session) {
        fire(new Notification.SessionWindowChanged(session));
    }

    @Override
    public void windowLinked(Session session, Window window) {
        fire(new Notification.WindowLinked(session, window));
    }

    @Override
    public void windowUnlinked(Session session, Window window) {
        fire(new Notification.WindowUnlinked(session, window));
    }

    @Override
    public void windowRenamed(Window window) {
        fire(new Notification.WindowRenamed(window));
    }

    @Override
    public void windowPaneChanged(Window window) {
        fire(new Notification.WindowPaneChanged(window));
    }

    @Override
    public void windowLayoutChanged(Window window) {
        fire(new Notification.WindowLayoutChanged(window));
    }

    @Override
    public void windowResized(Window window) {
        fire(new Notification.WindowResized(window));
    }

    @Override
    public void paneTitleChanged(Pane pane) {
        fire(new Notification.PaneTitleChanged(pane));
    }

    @Override
    public void paneModeChanged(Pane pane) {
        fire(new Notification.PaneModeChanged(pane));
    }

    @Override
    public void paneOutput(Pane pane, byte[] bytes, int length) {
        told++;
        outputWatcher.output(pane, bytes, length);
    }
}
