package dev.mux.server.cmd;

import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import dev.mux.server.options.OptionAssignment;
import dev.mux.server.options.OptionException;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionTable;
import dev.mux.server.options.Options;

/**
 * set-option: sets an option, as tmux does, in the set its scope and the flags choose
 * ({@link OptionTargets}). -u unsets (a global value goes back to the default, another is inherited
 * again), -U also unsets it on every pane of the window, -a appends, -o refuses to replace a value
 * already set, -F expands the value as a format first, -q keeps quiet about unknown options. A flag
 * or a two-way choice without a value toggles.
 */
final class SetOptionCommand {
    static final Command COMMAND = new Command(new CommandSpec("set-option", "set", "aFgopqst:uUw", 1, 2,
            "[-aFgopqsuUw] [-t target-pane] option [value]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            SetOptionCommand::run);

    private SetOptionCommand() {
    }

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        return set(context, args, false);
    }

    /** The body set-option and set-window-option share; {@code windowCommand} for the latter. */
    static CommandResult set(CommandContext context, ParsedArgs args, boolean windowCommand) throws CommandException {
        String text = args.positional(0);
        OptionTable.OptionName option;
        Options set;
        try {
            option = context.options().table().find(text);
            set = OptionTargets.forOption(context, args, windowCommand, option.definition());
        } catch (OptionException | CommandException e) {
            if (args.has('q')) return CommandResult.DONE;
            throw new CommandException(e.getMessage());
        }
        if (option.hasIndex() && (option.isUser() || !option.definition().array())) {
            throw new CommandException("not an array: " + text);
        }
        boolean unset = args.has('u') || args.has('U');
        if (!unset && args.has('o') && OptionAssignment.isSet(set, option)) {
            if (args.has('q')) return CommandResult.DONE;
            throw new CommandException("already set: " + text);
        }
        if (args.has('U') && set.scope() == OptionScope.WINDOW) {
            Target target = OptionTargets.target(args);
            if (target != null && target.window() != null) {
                for (Pane pane : target.window().panes()) OptionAssignment.unset(pane.options(), option);
            }
        }
        if (unset) {
            OptionAssignment.unset(set, option);
            return CommandResult.DONE;
        }
        String value = value(context, args);
        if (option.definition() != null && option.definition().hook() && value != null) {
            value = hookCommands(context, set, option, value, args.has('a'));
        }
        try {
            OptionAssignment.set(set, option, value, args.has('a'));
        } catch (OptionException e) {
            throw new CommandException(e.getMessage());
        }
        return CommandResult.DONE;
    }

    /**
     * A hook's value is commands, kept in the form tmux prints them; as tmux, a hook replaced by
     * commands that do not parse is left empty.
     */
    private static String hookCommands(CommandContext context, Options set, OptionTable.OptionName option, String value,
                                       boolean append) throws CommandException {
        try {
            return KeyTables.commands(context.commandTable(), java.util.List.of(value)).print(false);
        } catch (CommandException e) {
            if (!append && !option.hasIndex()) OptionAssignment.unset(set, option);
            throw e;
        }
    }

    /** The value given, expanded as a format for the target pane with -F. */
    private static String value(CommandContext context, ParsedArgs args) {
        String value = args.positional(1);
        if (value == null || !args.has('F')) return value;
        Target target = OptionTargets.target(args);
        if (target == null || target.pane() == null) return value;
        return context.expand(value, target.pane());
    }
}
