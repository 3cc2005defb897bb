package dev.mux.server.cmd;

/** delete-buffer: deletes a buffer (the newest, or -b's). */
final class DeleteBufferCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("delete-buffer", "deleteb", "b:", 0, 0, "[-b buffer-name]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.buffers().delete(Buffers.chosen(context, args).name());
        return CommandResult.DONE;
    }
}
