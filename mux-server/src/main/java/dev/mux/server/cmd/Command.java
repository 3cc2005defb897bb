package dev.mux.server.cmd;

import java.util.Objects;

/**
 * One command of the table: the declaration of its syntax and targets, and a body that only does
 * the work. A command's class declares both once ({@code static final Command COMMAND}); parsing
 * the flags and resolving the targets is the dispatcher's ({@link CommandTable}).
 */
public record Command(CommandSpec spec, Body body) {
    public Command {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(body, "body");
    }

    /** A command's work, with its flags already parsed against its spec and its declared targets resolved. */
    @FunctionalInterface
    public interface Body {
        CommandResult run(CommandContext context, ParsedArgs args) throws CommandException;
    }
}
