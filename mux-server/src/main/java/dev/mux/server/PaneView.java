package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.view.ViewMode;

/**
 * Shows text in view mode in the active pane of a client's session, as tmux shows its config
 * file's errors on attach and the output of a command run from a key or the prompt.
 */
final class PaneView {
    private final ModeServices services;

    PaneView(ModeServices services) {
        this.services = services;
    }

    /** Appends {@code text} to the view of {@code client}'s active pane; false if the client shows no pane. */
    boolean show(Client client, String text) {
        Session session = client.isAttached() ? client.session() : null;
        Pane pane = session == null ? null : session.activePane();
        if (pane == null) return false;
        ViewMode view = (ViewMode) pane.modes().enter(ViewMode.NAME, ViewMode::new, services);
        view.add(text);
        return true;
    }
}
