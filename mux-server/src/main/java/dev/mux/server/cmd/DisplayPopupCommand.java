package dev.mux.server.cmd;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.options.Options;
import dev.mux.server.overlay.BoxLines;
import dev.mux.server.overlay.Popup;
import dev.mux.server.overlay.PopupHost;
import dev.mux.server.overlay.PopupLook;
import dev.mux.server.overlay.PopupProcess;
import dev.mux.server.style.StyleParser;
import dev.mux.server.style.StyleSpec;
import dev.mux.server.term.Terminal;
import dev.mux.server.term.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * display-popup: a popup over the target client's panes running a program on a terminal of its own
 * (see {@link Popup}), as tmux 3.3a's: half the client wide and high unless -w and -h say (cells, or
 * a percentage of the client), placed by -x and -y as a menu is ({@link OverlayPosition}); the
 * program is the shell command, or several words run as they are, or default-command, or the
 * default shell, in -d's directory (a format) or the session's, with -e's variables. -E closes it
 * when the program exits, -EE only when it exits 0; -B draws no border, -b names the border's lines,
 * -s and -S style it, -T titles it. The reply waits for the popup to close and ends with the
 * program's status. -C closes the menu or popup the client shows. Nothing is shown while another
 * menu or popup shows, or when it does not fit.
 */
final class DisplayPopupCommand {
    static final Command COMMAND = new Command(new CommandSpec("display-popup", "popup", "Bb:Cc:d:e:Eh:s:S:t:T:w:x:y:", 0, -1,
            "[-BCE] [-b border-lines] [-c target-client] [-d start-directory] [-e environment] [-h height] "
                    + "[-s style] [-S border-style] [-t target-pane][-T title] [-w width] [-x position] [-y position] "
                    + "[shell-command]",
            TargetKind.PANE), DisplayPopupCommand::run);

    private DisplayPopupCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Requester client = OverlayClients.of(context, args);
        if (args.has('C')) {
            client.closeOverlay();
            return CommandResult.DONE;
        }
        Pane pane = args.target().pane();
        Session session = pane.window().session();
        Options options = session.currentWindow().options();
        CommandException[] failure = {null};
        Popup.CloseOnExit closeOnExit = args.count('E') > 1 ? Popup.CloseOnExit.ZERO
                : args.has('E') ? Popup.CloseOnExit.ANY : Popup.CloseOnExit.NEVER;
        IntConsumer[] reply = {status -> { }};
        Popup[] made = {null};
        boolean shown = client.showOverlay(pane.window().index(), area -> {
            try {
                int height = size(args.value('h'), "height", area.rows());
                int width = size(args.value('w'), "width", area.columns());
                OverlayPosition.Cell at = OverlayPosition.of(context, area, pane, context.requester().mouse(),
                        args.value('x'), args.value('y'), width, height);
                if (at == null) return null;
                made[0] = Popup.open(at.x(), at.y(), width, height, area.columns(), area.rows(),
                        look(context, args, options, pane), closeOnExit, host(context, session, options), status -> reply[0].accept(status));
                return made[0];
            } catch (CommandException e) {
                failure[0] = e;
                return null;
            }
        });
        if (failure[0] != null) throw failure[0];
        if (!shown) return CommandResult.DONE;
        Popup popup = made[0];
        try {
            popup.run(context.panes().startPopup(session, shellCommand(args, session), argv(args, session),
                    environment(args), directory(context, args, pane, session), popup));
        } catch (CommandException e) {
            client.closeOverlay();
            throw e;
        }
        // The reply waits for the popup to close, and ends with its status (tmux's CMD_RETURN_WAIT).
        return context.background().laterWithStatus(done -> {
            reply[0] = done;
            return true;
        });
    }

    /** The newest paste buffer for the popup menu's Paste, mode-style for its chosen item. */
    private static PopupHost host(CommandContext context, Session session, Options options) {
        long chosen = StyleParser.cell(options.string("mode-style"));
        return new PopupHost() {
            @Override
            public String topBufferName() {
                return context.buffers().top().map(PasteBuffer::name).orElse(null);
            }

            @Override
            public byte[] topBuffer() {
                return context.buffers().top().map(b -> b.data().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
            }

            @Override
            public long chosenStyle() {
                return chosen;
            }

            @Override
            public boolean toPane(boolean leftRight, Terminal terminal, PopupProcess program) {
                Pane active = session.currentWindow().activePane();
                return active != null && context.panes().popupToPane(active, leftRight, terminal, program);
            }
        };
    }

    /** -w or -h as tmux's args_percentage reads it, at least 1 and at most the client's size; the default half of it. */
    private static int size(String text, String noun, int whole) throws CommandException {
        if (text == null) return whole / 2;
        int size;
        if (text.endsWith("%")) {
            size = whole * Sizes.parse(text.substring(0, text.length() - 1), noun, 0, 100) / 100;
            if (size < 1) throw new CommandException(noun + " too small");
            if (size > whole) throw new CommandException(noun + " too large");
        } else {
            size = Sizes.parse(text, noun, 1, whole);
        }
        return size;
    }

    private static PopupLook look(CommandContext context, ParsedArgs args, Options options, Pane pane)
            throws CommandException {
        BoxLines lines = BoxLines.named(options.string("popup-border-lines"));
        if (args.has('B')) {
            lines = BoxLines.NONE;
        } else if (args.has('b')) {
            lines = BoxLines.named(args.value('b'));
            if (lines == null) throw new CommandException("popup-border-lines unknown value: " + args.value('b'));
        }
        long border = colours(StyleParser.cell(options.string("popup-border-style")), args.value('S'));
        long style = colours(StyleParser.cell(options.string("popup-style")), args.value('s'));
        String title = args.has('T') ? context.expand(args.value('T'), pane) : "";
        return new PopupLook(lines == null ? BoxLines.SINGLE : lines, border, style, title);
    }

    /** The option's style with the colours of {@code given} (-s or -S) over it, if it parses, as tmux takes them. */
    private static long colours(long option, String given) {
        if (given == null) return option;
        StyleSpec parsed = StyleParser.parse(StyleSpec.DEFAULT, option, given);
        if (parsed == null) return option;
        long cell = parsed.cell();
        return Style.withBackground(Style.withForeground(option, Style.foreground(cell)), Style.background(cell));
    }

    /** One word: a shell command; none: default-command if set; several: run as they are (see {@link #argv}). */
    private static String shellCommand(ParsedArgs args, Session session) {
        List<String> words = args.positional();
        if (words.size() > 1) return null;
        String command = words.isEmpty() ? session.options().string("default-command") : words.get(0);
        return command.isEmpty() ? null : command;
    }

    /** The words to run when there is no shell command: the arguments, or the session's shell alone. */
    private static List<String> argv(ParsedArgs args, Session session) {
        if (args.positional().size() > 1) return args.positional();
        return List.of(defaultShell(session));
    }

    private static String defaultShell(Session session) {
        String shell = session.options().string("default-shell");
        return !shell.isEmpty() && Path.of(shell).isAbsolute() && Files.isExecutable(Path.of(shell)) ? shell : "/bin/sh";
    }

    private static Map<String, String> environment(ParsedArgs args) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String assignment : args.values('e')) {
            int equals = assignment.indexOf('=');
            if (equals > 0) environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        return environment;
    }

    private static String directory(CommandContext context, ParsedArgs args, Pane pane, Session session) {
        if (args.has('d')) return context.expand(args.value('d'), pane);
        return session.path();
    }
}
