package dev.mux.server.control;

import dev.mux.server.cmd.Output;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The answer to one command of a control client: {@code %begin TIME NUMBER FLAGS}, what the command
 * printed and its errors, then {@code %end} or {@code %error} with the same three. FLAGS is 1 for a
 * command the client sent as a line, 0 for the command it was started with.
 */
public final class ControlBlock implements Output {
    private final ControlClient client;
    private final String guard;
    private final IntConsumer ended;
    private boolean open = true;

    ControlBlock(ControlClient client, long seconds, int number, int flags, IntConsumer ended) {
        this.client = client;
        this.guard = " " + seconds + " " + number + " " + flags;
        this.ended = ended;
        client.writeLine("%begin" + guard);
    }

    @Override
    public void output(String text) {
        if (!open || text.isEmpty()) return;
        client.writeLine(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public void error(String line) {
        if (open) client.writeLine(line);
    }

    /**
     * Queues {@code commands} to run next, after this block closes, each in a block of its own (as
     * tmux inserts if-shell's commands after it); false once the block is closed.
     */
    public boolean insertAfter(List<List<String>> commands) {
        if (!open) return false;
        client.group.addFirst(commands);
        return true;
    }

    /** Closes the block, once: {@code %end} for status 0, else {@code %error}. */
    public void finish(int status) {
        if (!open) return;
        open = false;
        client.writeLine((status == 0 ? "%end" : "%error") + guard);
        ended.accept(status);
    }
}
