package dev.mux.server.cmd;

/** show-buffer: a buffer's text (the newest, or -b's) as it is, on standard output. */
final class ShowBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-buffer", "showb", "b:", 0, 0, "[-b buffer-name]"),
            ShowBufferCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.out().output(Buffers.chosen(context, args).data());
        return CommandResult.DONE;
    }
}
