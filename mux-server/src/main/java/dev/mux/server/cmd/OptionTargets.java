package dev.mux.server.cmd;

import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;

/**
 * Which set of options set-option and show-options act on, as tmux decides it: a table option's
 * own scope says where it lives (-g: the global set of that scope; else the target's session or
 * window, or with -p its pane where the option allows it); a user option, or a listing without a
 * name, goes by the flags (-s server, -p pane, -w or the -window- commands window, else session).
 * A target that was not found is tmux's {@code no such session: x}; none at all, {@code no current session}.
 */
final class OptionTargets {
    private OptionTargets() {
    }

    /** The set {@code definition} (null: a user option) is read and set in. */
    static Options forOption(CommandContext context, ParsedArgs args, boolean windowCommand, OptionDefinition definition)
            throws CommandException {
        if (definition == null) return forFlags(context, args, windowCommand);
        OptionStore store = context.options();
        return switch (definition.scope()) {
            case SERVER -> store.server();
            case SESSION -> args.has('g') ? store.session() : session(args);
            case WINDOW, PANE -> {
                if (args.has('p') && definition.in(OptionScope.PANE)) yield pane(args);
                yield args.has('g') ? store.window() : window(args);
            }
        };
    }

    /** The set a listing (or a user option) goes by: -s, -p, -w (or a -window- command), else the session's. */
    static Options forFlags(CommandContext context, ParsedArgs args, boolean windowCommand) throws CommandException {
        OptionStore store = context.options();
        if (args.has('s')) return store.server();
        if (args.has('p')) return pane(args);
        if (windowCommand || args.has('w')) return args.has('g') ? store.window() : window(args);
        return args.has('g') ? store.session() : session(args);
    }

    private static Options session(ParsedArgs args) throws CommandException {
        Target target = target(args);
        if (target == null || target.session() == null) throw missing(args, "session");
        return target.session().options();
    }

    private static Options window(ParsedArgs args) throws CommandException {
        Target target = target(args);
        if (target == null || target.window() == null) throw missing(args, "window");
        return target.window().options();
    }

    private static Options pane(ParsedArgs args) throws CommandException {
        Target target = target(args);
        if (target == null || target.pane() == null) throw missing(args, "pane");
        return target.pane().options();
    }

    /** The resolved -t, or null where it could not be found (the caller words the error). */
    static Target target(ParsedArgs args) {
        try {
            return args.target();
        } catch (CommandException e) {
            return null;
        }
    }

    private static CommandException missing(ParsedArgs args, String kind) {
        String text = args.value('t');
        return new CommandException(text == null ? "no current " + kind : "no such " + kind + ": " + text);
    }
}
