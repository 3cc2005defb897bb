package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;

/**
 * show-options: one {@code name value} line per option, as tmux prints them. -s: the server
 * options; -g: the global session options; neither: the values set on the target session itself,
 * and with -A also those it inherits, marked {@code *}. -v prints values only.
 */
final class ShowOptionsCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-options", "show", "Agsvt:", 0, 1,
            "[-Agsv] [-t target-session] [option]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            ShowOptionsCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        OptionStore options = context.options();
        String name = args.positional(0);
        if (name != null) {
            OptionDefinition definition = SetOptionCommand.OptionLookup.find(options, name);
            show(context, args, definition, SetOptionCommand.OptionLookup.session(args, definition));
            return CommandResult.DONE;
        }
        OptionScope scope = args.has('s') ? OptionScope.SERVER : OptionScope.SESSION;
        Session session = scope == OptionScope.SERVER || args.has('g') ? null : args.target().session();
        for (OptionDefinition definition : options.table().definitions()) {
            if (definition.scope() == scope) show(context, args, definition, session);
        }
        return CommandResult.DONE;
    }

    /** A global value always shows; a session's only when set on it, or with -A as inherited. */
    private static void show(CommandContext context, ParsedArgs args, OptionDefinition definition, Session session) {
        OptionStore options = context.options();
        Object own = session == null ? options.globalValue(definition) : options.ownValue(definition, session);
        if (own != null) {
            print(context, args, definition, own, false);
        } else if (args.has('A')) {
            print(context, args, definition, options.globalValue(definition), true);
        }
    }

    private static void print(CommandContext context, ParsedArgs args, OptionDefinition definition, Object value,
                              boolean inherited) {
        String text = definition.format(value);
        context.out().print(args.has('v') ? text : definition.name() + (inherited ? "*" : "") + " " + text);
    }
}
