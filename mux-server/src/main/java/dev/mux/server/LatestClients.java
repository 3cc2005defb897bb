package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.model.Window;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Each window's latest client, as tmux keeps it: the client that attached to it, or last typed or
 * resized while the window was its session's current one. window-size {@code latest} sizes the
 * window by that client. Windows are held weakly: a closed window's entry goes with it.
 */
final class LatestClients {
    private final Map<Window, Client> latest = new WeakHashMap<>();

    /** The latest client of {@code window}, or null when none has used it yet. */
    Client of(Window window) {
        return latest.get(window);
    }

    /**
     * {@code client} used its session's current window; true if it was not already that window's
     * latest client (tmux then runs client-active).
     */
    boolean used(Client client) {
        Window window = client.session() == null ? null : client.session().currentWindow();
        if (window == null) return false;
        return latest.put(window, client) != client;
    }
}
