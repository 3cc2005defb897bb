package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.input.KeyReader;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseRouter;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptTemplates;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.style.StyleRange;
import dev.mux.server.style.StyleSpec;
import java.util.List;

/**
 * What an attached client's keys do: go to the active pane, run a bound command, edit the prompt,
 * pick a pane by number, drive the mode the active pane is in, or act as the mouse.
 */
final class ClientKeys implements KeyDispatcher.Actions {
    /** What wheel up over a pane showing its screen runs, as tmux's default WheelUpPane binding. */
    private static final String SCROLL_BACK_COMMAND = "copy-mode";

    private final Client client;
    private final CommandRunner runner;
    private final MouseRouter mouseRouter;
    /** The prefix option as last read, and its canonical form. */
    private String prefixName;
    private String prefixCanonical;

    ClientKeys(Client client, CommandRunner runner, MouseRouter mouseRouter) {
        this.client = client;
        this.runner = runner;
        this.mouseRouter = mouseRouter;
    }

    @Override
    public void toPane(byte[] bytes) {
        if (!client.isAttached()) return;
        Pane pane = client.session().activePane();
        if (pane != null) pane.type(bytes);
    }

    @Override
    public void run(List<List<String>> commands) {
        if (client.isAttached()) runner.runBindingCommands(client, commands);
    }

    @Override
    public boolean toPrompt(KeyReader.Key key) {
        if (client.paneNumbersShown()) return choosePane(key);
        CommandPrompt prompt = client.prompt();
        if (prompt == null) return false;
        CommandPrompt.Outcome outcome = prompt.handle(key, client.session().options().string("status-keys").equals("vi"));
        if (outcome == CommandPrompt.Outcome.EDITED) return true;
        String template = client.promptTemplate();
        client.closePrompt();
        if (outcome == CommandPrompt.Outcome.SUBMITTED) runner.runPrompt(client, PromptTemplates.fill(template, prompt.text()));
        return true;
    }

    /**
     * While display-panes shows the numbers, a digit (or a-z, for 10 to 35) chooses the pane of that
     * index (pane-base-index counts) and runs display-panes' template for it, and is taken even if
     * no pane has that index; any other key hides the numbers and goes on as usual, as in tmux.
     */
    private boolean choosePane(KeyReader.Key key) {
        client.hidePaneNumbers();
        String template = client.paneNumbersTemplate();
        String typed = key.canonical();
        if (template == null || typed.length() != 1) return false;
        char c = typed.charAt(0);
        int index;
        if (c >= '0' && c <= '9') {
            index = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            index = 10 + c - 'a';
        } else {
            return false;
        }
        Window window = client.session().currentWindow();
        int position = index - window.options().number("pane-base-index");
        if (position < 0 || position >= window.panes().size()) return true;
        Pane chosen = window.panes().get(position);
        if (window.zoomedPane() != null) window.toggleZoom(window.zoomedPane());
        runner.runPrompt(client, PromptTemplates.fill(template, "%" + chosen.id()));
        return true;
    }

    @Override
    public String prefix() {
        String name = client.session().options().string("prefix");
        // Asked for every key typed: the name is only encoded again when the option changed.
        if (!name.equals(prefixName)) {
            prefixName = name;
            prefixCanonical = KeyReader.canonical(name);
        }
        return prefixCanonical;
    }

    @Override
    public long nowMillis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public long repeatMillis() {
        return client.session().options().number("repeat-time");
    }

    @Override
    public String modeTable() {
        Pane pane = client.isAttached() ? client.session().activePane() : null;
        return pane == null ? null : pane.modes().keyTable(pane.options().string("mode-keys"));
    }

    /** A pane in a mode (copy mode, clock mode) gives the mode the keys the prefix and root tables leave. */
    @Override
    public boolean toPaneMode(KeyReader.Key key) {
        Pane pane = client.isAttached() ? client.session().activePane() : null;
        return pane != null && pane.modes().key(key.canonical(), line -> runner.runPrompt(client, line));
    }

    /**
     * tmux's MouseDown1Status ({@code select-window -t =}): a left-button press on a window of the
     * status line's window list selects that window. True when the event was on the status line.
     */
    private boolean statusClick(MouseEvent event, StatusPlacement placement, Session session) {
        int first = placement.firstRow(client.rows());
        if (placement.rows() == 0 || event.row() < first || event.row() >= first + placement.rows()) return false;
        StatusLine status = client.view().status().lastComposed();
        if (event.isPress() && (event.button() & 3) == 0 && status != null && event.row() - first < status.rows().size()) {
            for (StyleRange range : status.ranges(event.row() - first)) {
                if (range.type() != StyleSpec.RangeType.WINDOW || !range.contains(event.column())) continue;
                session.windows().stream().filter(window -> window.index() == range.argument()).findFirst()
                        .ifPresent(window -> runner.runBinding(client, List.of("select-window", "-t", "@" + window.id())));
            }
        }
        return true;
    }

    @Override
    public void mouse(MouseEvent event) {
        if (!client.isAttached()) return;
        Session session = client.session();
        // Panes are drawn below a status line at the top: the router works in the window's rows.
        StatusPlacement placement = StatusPlacement.of(session.options());
        if (session.options().flag("mouse") && statusClick(event, placement, session)) return;
        int top = placement.panesTop();
        MouseEvent inWindow = top == 0 ? event : new MouseEvent(event.button(), event.column(), event.row() - top, event.release());
        mouseRouter.route(inWindow, session.currentWindow(), session.options().flag("mouse"),
                pane -> runner.runBinding(client, List.of(SCROLL_BACK_COMMAND, "-e", "-t", "%" + pane.id())));
    }
}
