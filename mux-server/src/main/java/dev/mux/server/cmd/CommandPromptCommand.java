package dev.mux.server.cmd;

import dev.mux.server.model.Session;

/**
 * command-prompt: a line typed on the client's status line, then run as a command; with a template,
 * %% in it stands for what was typed. -p gives the prompt, -I the text to start from (a format).
 */
final class CommandPromptCommand {
    static final Command COMMAND = new Command(new CommandSpec("command-prompt", null, "1bFikI:Np:T:t:", 0, 1,
            "[-1bFkiN] [-I inputs] [-p prompts] [-t target-client] [-T type] [template]"), CommandPromptCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Session session = context.attachedSession();
        if (session == null) throw new CommandException("no client to prompt");
        String template = args.positional().isEmpty() ? null : args.positional().get(0);
        String initial = context.expand(args.value('I', ""), session.activePane());
        context.requester().openPrompt(label(args, template), initial, template);
        return CommandResult.DONE;
    }

    /** -p's text, else tmux's default: the template's command in parentheses, or a colon. */
    private static String label(ParsedArgs args, String template) {
        if (args.has('p')) return args.value('p') + " ";
        if (template == null || template.isBlank()) return ":";
        return "(" + template.strip().split("\\s+", 2)[0] + ") ";
    }
}
