package dev.mux.server.cmd;

import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionException;
import dev.mux.server.options.OptionLines;
import dev.mux.server.options.OptionScope;
import dev.mux.server.options.OptionTable;
import dev.mux.server.options.Options;
import java.util.Map;
import java.util.SortedMap;

/**
 * show-options: the values of one set of options ({@link OptionTargets}), one {@code name value}
 * line each, as tmux prints them: the user options set there first, then the table's options of that
 * scope in table order. Without -A only values set in that set itself show; with -A the inherited
 * ones too, marked {@code *}. -v prints values only, -H adds the hooks, -q keeps quiet about an
 * unknown option. With a name, that option alone.
 */
final class ShowOptionsCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-options", "show", "AgHpqst:vw", 0, 1,
            "[-AgHpqsvw] [-t target-pane] [option]").target(TargetKind.PANE, TargetPolicy.CAN_FAIL),
            (context, args) -> show(context, args, false));

    private ShowOptionsCommand() {
    }

    /** The body show-options and show-window-options share; {@code windowCommand} for the latter. */
    static CommandResult show(CommandContext context, ParsedArgs args, boolean windowCommand) throws CommandException {
        return show(context, args, windowCommand, false);
    }

    /** With {@code hooksOnly} (show-hooks) a listing holds the hooks and nothing else. */
    static CommandResult show(CommandContext context, ParsedArgs args, boolean windowCommand, boolean hooksOnly)
            throws CommandException {
        OptionLines lines = new OptionLines(args.has('v'));
        String text = args.positional(0);
        if (text == null) {
            Options set;
            try {
                set = OptionTargets.forFlags(context, args, windowCommand);
            } catch (CommandException e) {
                if (args.has('q')) return CommandResult.DONE;
                throw e;
            }
            listAll(context, args, set, lines, hooksOnly);
        } else if (!showOne(context, args, windowCommand, text, lines)) {
            return CommandResult.DONE;
        }
        for (String line : lines.lines()) context.out().print(line);
        return CommandResult.DONE;
    }

    private static void listAll(CommandContext context, ParsedArgs args, Options set, OptionLines lines,
                                boolean hooksOnly) {
        if (!hooksOnly) {
            for (Map.Entry<String, Object> user : set.userOptions().entrySet()) {
                lines.add(user.getKey(), null, user.getValue(), -1, false);
            }
        }
        OptionScope scope = set.scope();
        for (OptionDefinition definition : context.options().table().definitions()) {
            if (!definition.in(scope) || (definition.hook() ? !hooksOnly && !args.has('H') : hooksOnly)) continue;
            Object value = set.own(definition.name());
            boolean inherited = false;
            if (value == null) {
                if (!args.has('A')) continue;
                value = set.get(definition.name());
                if (value == null) continue;
                inherited = true;
            }
            lines.add(definition.name(), definition, value, -1, inherited);
        }
    }

    /** Adds the one option's lines; false when -q silenced an error. */
    private static boolean showOne(CommandContext context, ParsedArgs args, boolean windowCommand, String text,
                                   OptionLines lines) throws CommandException {
        OptionTable.OptionName option;
        Options set;
        try {
            option = context.options().table().find(text);
            set = OptionTargets.forOption(context, args, windowCommand, option.definition());
        } catch (OptionException | CommandException e) {
            if (args.has('q')) return false;
            throw new CommandException(e.getMessage());
        }
        Object value = set.own(option.name());
        boolean inherited = false;
        if (value == null && args.has('A')) {
            value = set.get(option.name());
            inherited = true;
        }
        if (value != null) {
            // tmux marks an inherited array's items, but not the bare name of an empty one.
            boolean empty = value instanceof SortedMap<?, ?> items && items.isEmpty();
            lines.add(option.name(), option.definition(), value, option.index(), inherited && !empty);
        } else if (option.isUser()) {
            if (args.has('q')) return false;
            throw new CommandException("invalid option: " + text);
        }
        return true;
    }
}
