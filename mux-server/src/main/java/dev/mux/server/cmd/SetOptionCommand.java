package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionException;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionStore;

/**
 * set-option: sets (or with -u unsets) an option, as tmux does. The option's scope comes from the
 * table: a server option is global; a session option is set on the target session, or with -g
 * globally, as the default of every session without its own value. A flag without a value toggles.
 */
final class SetOptionCommand {
    static final Command COMMAND = new Command(new CommandSpec("set-option", "set", "gsut:", 1, 2,
            "[-gsu] [-t target-session] option [value]").target(TargetKind.SESSION, TargetPolicy.CAN_FAIL),
            SetOptionCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        OptionStore options = context.options();
        OptionDefinition definition = OptionLookup.find(options, args.positional(0));
        Session session = OptionLookup.session(args, definition);
        if (args.has('u')) {
            if (args.positional(1) != null) throw new CommandException("value given with -u: " + args.positional(1));
            options.unset(definition, session);
            return CommandResult.DONE;
        }
        try {
            options.set(definition, session, definition.parse(args.positional(1), options.value(definition, session)));
        } catch (OptionException e) {
            throw new CommandException(e.getMessage());
        }
        return CommandResult.DONE;
    }

    /** What set-option and show-options share: finding the option and the session it is read on. */
    static final class OptionLookup {
        private OptionLookup() {}

        static OptionDefinition find(OptionStore options, String name) throws CommandException {
            try {
                return options.table().find(name);
            } catch (OptionException e) {
                throw new CommandException(e.getMessage());
            }
        }

        /** The session whose own values apply, or null for the global values (-g, or a server option). */
        static Session session(ParsedArgs args, OptionDefinition definition)
                throws CommandException {
            if (definition.scope() == OptionScope.SERVER || args.has('g')) return null;
            return args.target().session();
        }
    }
}
