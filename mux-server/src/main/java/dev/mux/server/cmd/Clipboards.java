package dev.mux.server.cmd;

/** -w of set-buffer and load-buffer: the text also goes to a client's clipboard, as tmux's tty_set_selection. */
final class Clipboards {
    private Clipboards() {}

    /** To -t's client, else the current one; none (and no error, as tmux) when there is no such client. */
    static void send(CommandContext context, String client, String text) {
        try {
            context.requester().targetClient(client).setClipboard(text);
        } catch (CommandException none) {
            // tmux looks the client up quietly for -w.
        }
    }
}
