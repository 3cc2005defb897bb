package dev.mux.server.cmd;

import dev.mux.server.prompt.PromptHistory;
import java.util.List;

/**
 * show-prompt-history and clear-prompt-history: the prompt's history of each type tmux keeps
 * (-T: one of them). mux's prompt adds to the command history; a history file may fill the others.
 */
final class PromptHistoryCommand {
    static final Command SHOW = new Command(new CommandSpec("show-prompt-history", "showphist", "T:", 0, 0,
            "[-T type]"), PromptHistoryCommand::show);
    static final Command CLEAR = new Command(new CommandSpec("clear-prompt-history", "clearphist", "T:", 0, 0,
            "[-T type]"), PromptHistoryCommand::clear);

    private static final List<String> TYPES = PromptHistory.TYPES;

    private static CommandResult show(CommandContext context, ParsedArgs args) throws CommandException {
        for (String type : types(args)) {
            context.out().print("History for " + type + ":\n");
            List<String> entries = context.promptHistory().entries(type);
            for (int i = 0; i < entries.size(); i++) context.out().print((i + 1) + ": " + entries.get(i));
            context.out().print("");
        }
        return CommandResult.DONE;
    }

    private static CommandResult clear(CommandContext context, ParsedArgs args) throws CommandException {
        PromptHistory history = context.promptHistory();
        for (String type : types(args)) history.clear(type);
        return CommandResult.DONE;
    }

    private static List<String> types(ParsedArgs args) throws CommandException {
        String type = args.value('T');
        if (type == null) return TYPES;
        if (!TYPES.contains(type)) throw new CommandException("invalid type: " + type);
        return List.of(type);
    }
}
