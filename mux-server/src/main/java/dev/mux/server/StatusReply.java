package dev.mux.server;

import dev.mux.server.client.Client;
import java.util.function.Consumer;

/**
 * A command run by a key or the prompt: as in tmux, its output shows in view mode in the client's
 * active pane (all of list-keys, say, not its last line) and its errors on the status line.
 */
final class StatusReply implements Reply {
    private final Client client;
    private final Consumer<String> show;
    private final PaneView view;

    StatusReply(Client client, Consumer<String> show, PaneView view) {
        this.client = client;
        this.show = show;
        this.view = view;
    }

    @Override
    public void output(String text) {
        if (!client.isAttached() || text.isEmpty()) return;
        if (!view.show(client, text)) show.accept(text.strip().replace('\n', ' '));
    }

    @Override
    public void error(String line) {
        if (client.isAttached() && !line.isBlank()) show.accept(line.strip().replace('\n', ' '));
    }

    @Override
    public void finish(int status) {
        // A key binding's client stays attached; the messages were its whole reply.
    }
}
