package dev.mux.server.cmd;

/** kill-server: stops every pane, detaches every client, replies when the stop is over, and ends the server. */
final class KillServerCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-server", null, "", 0, 0, "");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) {
        return context.killServer();
    }
}
