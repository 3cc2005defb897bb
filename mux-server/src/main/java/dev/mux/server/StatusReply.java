package dev.mux.server;

import dev.mux.server.client.Client;
import java.util.function.Consumer;

/** A command run by a key or the prompt: its output and errors show on the client's status line. */
final class StatusReply implements Reply {
    private final Client client;
    private final Consumer<String> show;

    StatusReply(Client client, Consumer<String> show) {
        this.client = client;
        this.show = show;
    }

    @Override
    public void output(String text) {
        if (client.isAttached() && !text.isBlank()) show.accept(text.strip().replace('\n', ' '));
    }

    @Override
    public void error(String line) {
        output(line);
    }

    @Override
    public void finish(int status) {
        // A key binding's client stays attached; the messages were its whole reply.
    }
}
