package dev.mux.server.cmd;

import dev.mux.server.buffer.BufferException;
import dev.mux.server.model.Pane;
import dev.mux.server.term.CaptureFormat;
import dev.mux.server.term.CaptureRange;
import dev.mux.server.term.PaneCapture;
import dev.mux.server.term.Screen;

/**
 * capture-pane: a pane's lines, history included, as tmux 3.3a captures them, printed ({@code -p})
 * or kept in a paste buffer. {@code -a} captures the main screen while the alternate one hides it.
 */
final class CapturePaneCommand {
    static final Command COMMAND = new Command(new CommandSpec("capture-pane", "capturep", "ab:CeE:JNpPqS:t:", 0, 0,
            "[-aCeJNpPq] [-b buffer-name] [-E end-line] [-S start-line] [-t target-pane]", TargetKind.PANE),
            CapturePaneCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Screen screen = pane.terminal().screen();
        CaptureFormat format = new CaptureFormat(args.has('e'), args.has('C'), args.has('J'), args.has('N'));
        String capture;
        if (args.has('P')) {
            // tmux's -P is the start of an escape sequence the pane has not finished; mux's parser
            // keeps its state, not those bytes, so there is never any to capture.
            capture = "";
        } else if (args.has('a')) {
            if (!screen.alternateScreen()) {
                if (args.has('q')) return CommandResult.DONE;
                throw new CommandException("no alternate screen");
            }
            CaptureRange range = CaptureRange.resolve(args.value('S'), args.value('E'), 0, screen.rows());
            capture = PaneCapture.captureHidden(screen, range, format);
        } else {
            CaptureRange range = CaptureRange.resolve(args.value('S'), args.value('E'), screen.historySize(), screen.rows());
            capture = PaneCapture.capture(screen, range, format);
        }
        if (args.has('p')) {
            context.out().output(PaneCapture.printed(capture));
            return CommandResult.DONE;
        }
        if (args.has('P')) return CommandResult.DONE;
        try {
            if (args.has('b')) {
                context.buffers().set(args.value('b'), capture);
            } else {
                context.buffers().add(capture);
            }
        } catch (BufferException e) {
            throw new CommandException(e.getMessage());
        }
        return CommandResult.DONE;
    }
}
