package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.client.Client;
import java.nio.charset.StandardCharsets;

/** A command from the mux command line: its output and errors go back as the client's stdout and stderr. */
final class SocketReply implements Reply {
    private final Client client;

    SocketReply(Client client) {
        this.client = client;
    }

    @Override
    public void output(String text) {
        client.connection().sendOutput(text.getBytes(StandardCharsets.UTF_8), bytes -> new Message.Output(1, bytes));
    }

    @Override
    public void error(String line) {
        client.connection().sendOutput((line + "\n").getBytes(StandardCharsets.UTF_8), bytes -> new Message.Output(2, bytes));
    }

    @Override
    public void finish(int status) {
        client.finish(status, "");
    }
}
