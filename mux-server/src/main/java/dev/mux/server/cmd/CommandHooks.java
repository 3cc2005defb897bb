package dev.mux.server.cmd;

/**
 * The hooks as the command table sees them: an {@code after-NAME} hook runs once its command
 * succeeded, and set-hook -R runs one at once. The server's hook runner implements it; a table
 * without one ({@link #NONE}, in tests) runs no hooks.
 */
public interface CommandHooks {
    CommandHooks NONE = new CommandHooks() {};

    /** {@code spec}'s command ran without error with {@code args}: runs its after hook, if it has one. */
    default void afterCommand(CommandSpec spec, ParsedArgs args, CommandContext context) {}

    /** attach-session attached a client that was attached nowhere: client-attached. */
    default void clientAttached(CommandContext context) {}

    /** set-hook -R: runs the hook {@code name} now, about {@code target} (null: the current one). */
    default void runNow(String name, Target target, CommandContext context) {}
}
