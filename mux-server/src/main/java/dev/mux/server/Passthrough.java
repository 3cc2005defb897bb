package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;

/**
 * allow-passthrough, as tmux 3.3a: the data of a program's passthrough string goes unchanged to
 * the terminal of every attached client that shows its pane, and then the terminal's pen and
 * cursor are put back where the renderer expects them. With the option off (the default) the data
 * is dropped.
 */
final class Passthrough {
    private final ClientRegistry clients;

    Passthrough(ClientRegistry clients) {
        this.clients = clients;
    }

    void fromPane(Pane pane, byte[] data) {
        if (!pane.options().flag("allow-passthrough")) return;
        Window window = pane.window();
        if (window.zoomedPane() != null && window.zoomedPane() != pane) return;
        for (Client client : clients.all()) {
            if (!client.isAttached() || !client.isShowing() || client.session() == null) continue;
            if (client.session().currentWindow() != window) continue;
            client.draw(data);
            client.draw(client.view().restoreAfterPassthrough());
        }
    }
}
