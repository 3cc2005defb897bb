package dev.mux.server.cmd;

import dev.mux.server.input.Backspace;
import dev.mux.server.input.KeyNames;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.mouse.MouseToPane;
import dev.mux.server.term.Terminal;
import java.util.List;

/**
 * send-keys: each argument is a key name (Enter, C-c, Up...) or, failing that or with -l, literal
 * text. With -X the first argument names a command of the mode the pane is in ({@code cursor-up}),
 * the rest are its arguments; -N repeats it (or the keys) that many times. -H sends bytes given in
 * hexadecimal, -R resets the pane's terminal first, -M passes on the mouse event of the binding that
 * ran it.
 */
final class SendKeysCommand {
    static final Command COMMAND = new Command(new CommandSpec("send-keys", "send", "FHlMN:Rt:X", 0, -1,
            "[-FHlMRX] [-N repeat-count] [-t target-pane] key ...", TargetKind.PANE), SendKeysCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        int repeat = args.has('N') ? args.intValue('N', "repeat count", 1, 1, Integer.MAX_VALUE) : 1;
        MouseKey mouse = context.requester().mouse();
        if (args.has('R')) pane.resetTerminal();
        if (args.has('X')) {
            if (args.positional().isEmpty()) throw new CommandException("no command specified");
            List<String> words = args.positional();
            if (mouse != null && pane.modes().keyTable(pane.options().string("mode-keys")) != null) {
                // Copy mode's begin-selection from a mouse key begins a drag instead; any other command acts at the pointer.
                if (words.get(0).equals("begin-selection")) {
                    MouseDrags.select(context, mouse, pane);
                    return CommandResult.DONE;
                }
                MouseDrags.pointAt(mouse);
            }
            if (!pane.modes().command(words.get(0), words.subList(1, words.size()), repeat)) {
                throw new CommandException("not in a mode");
            }
            return CommandResult.DONE;
        }
        if (args.has('M')) {
            if (mouse == null) throw new CommandException("no mouse target");
            Pane under = MouseDrags.paneOf(mouse);
            MouseToPane.give(mouse, under, under.options().string("mode-keys"), line -> {});
            return CommandResult.DONE;
        }
        Terminal terminal = pane.terminal();
        if (args.has('H')) {
            for (int i = 0; i < repeat; i++) hex(pane, args.positional());
            return CommandResult.DONE;
        }
        for (int i = 0; i < repeat; i++) {
            for (byte[] bytes : KeyNames.sendKeysPayload(args.positional(), args.has('l'), terminal.applicationCursorKeys(),
                    terminal.applicationKeypad(), pane.wantsExtendedKeys(),
                    Backspace.character(context.options().server().string("backspace")))) {
                pane.type(bytes);
            }
        }
        return CommandResult.DONE;
    }

    /** -H: each argument is a byte in hexadecimal, sent as it is; one that is not is skipped, as tmux does. */
    private static void hex(Pane pane, List<String> words) {
        for (String word : words) {
            if (!word.matches("[0-9a-fA-F]{1,2}")) continue;
            pane.type(new byte[] {(byte) Integer.parseInt(word, 16)});
        }
    }
}
