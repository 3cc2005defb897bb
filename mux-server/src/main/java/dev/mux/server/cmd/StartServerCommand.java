package dev.mux.server.cmd;

/** start-server: nothing to do once a server answers; the client started it if it had to. */
final class StartServerCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("start-server", "start", "", 0, 0, "");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) {
        return CommandResult.DONE;
    }
}
