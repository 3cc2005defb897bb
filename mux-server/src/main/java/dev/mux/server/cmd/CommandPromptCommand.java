package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.prompt.PromptTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * command-prompt: questions asked on the client's status line, one after another, whose answers
 * then run as the template (%1, %2... and %%), or as a command without one. -p gives the
 * questions (comma-separated), -I the text each starts from (a format); -1, -k, -N and -i change
 * how an answer is taken (see {@link CommandPrompt.Kind}); -T names the history kept. Without -b
 * (or with -i) the reply waits until the prompt has gone, as tmux's queue waits.
 */
final class CommandPromptCommand {
    static final Command COMMAND = new Command(new CommandSpec("command-prompt", null, "1bFkiI:Np:T:t:", 0, 1,
            "[-1bFkiN] [-I inputs] [-p prompts] [-t target-client] [-T type] [template]"), CommandPromptCommand::run);

    private CommandPromptCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = context.requester().targetClient(args.value('t'));
        Session session = client.attachedSession();
        if (session == null) throw new CommandException("no current client");
        String template = args.positional().isEmpty() ? null : args.positional().get(0);
        if (template != null && args.has('F')) template = context.expand(template, session.activePane());
        String type = args.value('T', "command");
        if (!PromptHistory.TYPES.contains(type)) throw new CommandException("unknown type: " + type);
        CommandPrompt.Setup setup = new CommandPrompt.Setup(questions(context, args, template, session), kind(args), type);
        if (args.has('i')) {
            // As tmux, an incremental prompt runs its template at once with no text (=), which ends
            // copy mode's incremental search before and takes its highlighting away.
            if (client.openPrompt(setup, template, null)) {
                RunShellCommand.runCommands(context, PromptTemplates.fill(template, List.of("=")));
            }
            return CommandResult.DONE;
        }
        if (args.has('b')) {
            client.openPrompt(setup, template, null);
            return CommandResult.DONE;
        }
        String asked = template;
        return context.background().laterWithStatus(reply -> {
            try {
                // A prompt already open there: nothing is asked, and nothing waits.
                return client.openPrompt(setup, asked, () -> reply.accept(0));
            } catch (CommandException gone) {
                return false;
            }
        });
    }

    private static CommandPrompt.Kind kind(ParsedArgs args) {
        if (args.has('1')) return CommandPrompt.Kind.SINGLE;
        if (args.has('N')) return CommandPrompt.Kind.NUMERIC;
        if (args.has('i')) return CommandPrompt.Kind.INCREMENTAL;
        if (args.has('k')) return CommandPrompt.Kind.KEY;
        return CommandPrompt.Kind.LINE;
    }

    /**
     * -p's labels, each followed by a space; without -p, the template's first command in
     * parentheses, or a bare colon. Each takes its starting text from -I's item of the same place.
     */
    private static List<CommandPrompt.Question> questions(CommandContext context, ParsedArgs args, String template,
                                                          Session session) {
        List<String> labels = new ArrayList<>();
        if (args.has('p')) {
            for (String label : args.value('p').split(",", -1)) labels.add(context.expand(label, session.activePane()) + " ");
        } else if (template == null || template.isBlank()) {
            labels.add(":");
        } else {
            labels.add("(" + template.strip().split("\\s+", 2)[0] + ") ");
        }
        String[] inputs = args.has('I') ? args.value('I').split(",", -1) : new String[0];
        List<CommandPrompt.Question> questions = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String input = i < inputs.length ? context.expand(inputs[i], session.activePane()) : "";
            questions.add(new CommandPrompt.Question(labels.get(i), input));
        }
        return questions;
    }
}
