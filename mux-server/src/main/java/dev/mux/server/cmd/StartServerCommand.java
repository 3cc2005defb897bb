package dev.mux.server.cmd;

/** start-server: nothing to do once a server answers; the client started it if it had to. */
final class StartServerCommand {
    static final Command COMMAND = new Command(new CommandSpec("start-server", "start", "", 0, 0, ""),
            StartServerCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        return CommandResult.DONE;
    }
}
