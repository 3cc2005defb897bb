package dev.mux.server.cmd;

/** show-buffer: a buffer's text (the newest, or -b's) as it is, on standard output. */
final class ShowBufferCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("show-buffer", "showb", "b:", 0, 0, "[-b buffer-name]");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        context.printRaw(Buffers.chosen(context, args).data());
        return CommandResult.DONE;
    }
}
