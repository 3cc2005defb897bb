package dev.mux.server.cmd;

/** kill-server: stops every pane, detaches every client, replies when the stop is over, and ends the server. */
final class KillServerCommand {
    static final Command COMMAND = new Command(new CommandSpec("kill-server", null, "", 0, 0, ""),
            KillServerCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        return context.stops().killServer();
    }
}
