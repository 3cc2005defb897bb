package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Pane;
import java.nio.charset.StandardCharsets;

/**
 * paste-buffer: types a buffer into a pane, each newline replaced by the separator (carriage
 * return, as Enter sends; -r keeps newlines; -s names another), inside bracketed-paste markers
 * with -p when the pane's program turned that mode on; -d deletes the buffer afterwards. With no
 * buffers at all it does nothing, as in tmux.
 */
final class PasteBufferCommand {
    static final Command COMMAND = new Command(new CommandSpec("paste-buffer", "pasteb", "db:prs:t:", 0, 0,
            "[-dpr] [-s separator] [-b buffer-name] [-t target-pane]", TargetKind.PANE), PasteBufferCommand::run);
    private static final String BRACKET_START = "\033[200~";
    private static final String BRACKET_END = "\033[201~";

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        if (!args.has('b') && context.buffers().top().isEmpty()) return CommandResult.DONE;
        PasteBuffer buffer = Buffers.chosen(context, args);
        String separator = args.value('s', args.has('r') ? "\n" : "\r");
        boolean bracket = args.has('p') && pane.terminal().screen().modes().bracketedPaste();
        String text = buffer.data().replace("\n", separator);
        if (bracket) text = BRACKET_START + text + BRACKET_END;
        pane.write(text.getBytes(StandardCharsets.UTF_8));
        if (args.has('d')) context.buffers().delete(buffer.name());
        return CommandResult.DONE;
    }
}
