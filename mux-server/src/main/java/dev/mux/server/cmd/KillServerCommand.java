package dev.mux.server.cmd;

/** kill-server: hangs up every pane, detaches every client and ends the server. */
final class KillServerCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("kill-server", null, "", 0, 0, "");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) {
        context.killServer();
        return CommandResult.DONE;
    }
}
