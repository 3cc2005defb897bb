package dev.mux.server.cmd;

/** One command of the table: a declaration of its syntax and a body that only does the work. */
public interface Command {
    CommandSpec spec();

    /** Runs with flags already parsed against {@link #spec()} and its declared targets resolved. */
    CommandResult run(CommandContext context, ParsedArgs args) throws CommandException;
}
