package dev.mux.server.cmd;

/** delete-buffer: deletes a buffer (the newest, or -b's). */
final class DeleteBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("delete-buffer", "deleteb", "b:", 0, 0,
            "[-b buffer-name]"), DeleteBufferCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.buffers().delete(Buffers.chosen(context, args).name());
        return CommandResult.DONE;
    }
}
