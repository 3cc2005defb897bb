package dev.mux.server.cmd;

/**
 * tmux's guard against attaching a client inside one of its own server's panes, which would show
 * the pane within itself: a client whose environment has TMUX naming this server's socket (as
 * every pane of it has) may not attach until TMUX is unset or empty.
 */
final class Nesting {
    static final String MESSAGE = "sessions should be nested with care, unset $TMUX to force";

    private Nesting() {
    }

    static void refuseNested(CommandContext context) throws CommandException {
        String tmux = context.requester().environment().get("TMUX");
        if (tmux != null && tmux.startsWith(context.formats().socketPath() + ",")) throw new CommandException(MESSAGE);
    }
}
