package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.input.Backspace;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.input.KeyCode;
import dev.mux.server.input.KeyDispatcher;
import dev.mux.server.input.KeyReader;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.mouse.MouseToPane;
import dev.mux.server.options.Options;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.model.Session;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.Completer;
import dev.mux.server.prompt.PromptTemplates;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an attached client's keys do: go to the active pane, run a bound command, edit the prompt,
 * pick a pane by number, drive the mode the active pane is in, or act as the mouse.
 */
final class ClientKeys implements KeyDispatcher.Actions {
    private static final String TAB = KeyReader.canonical("Tab");

    private final Client client;
    private final CommandRunner runner;
    private final EventLoop loop;
    private final ClientMousePlaces places;
    /** What Tab at the prompt completes from, for the client's session. */
    private final Function<Session, Completer> completion;
    /** Told that the client's terminal gained (true) or lost the focus. */
    private final Consumer<Boolean> focus;
    /** The server's options: backspace is read from them. */
    private final Options serverOptions;
    /** The prefix option as last read, and its canonical form. */
    private String prefixName;
    private String prefixCanonical;
    private String secondPrefixName;
    private String secondPrefixCanonical;

    ClientKeys(Client client, CommandRunner runner, EventLoop loop, Function<Session, Completer> completion,
               Consumer<Boolean> focus, Options serverOptions) {
        this.client = client;
        this.serverOptions = serverOptions;
        this.focus = focus;
        this.completion = completion;
        this.runner = runner;
        this.loop = loop;
        this.places = new ClientMousePlaces(client);
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
    public boolean overlayShown() {
        return client.isAttached() && client.view() != null && client.view().overlay() != null;
    }

    /** A menu or popup over the panes takes every key and mouse report; a menu's chosen command runs as it closes. */
    @Override
    public boolean toOverlay(KeyReader.Key key, MouseEvent mouse) {
        Overlay overlay = client.isAttached() && client.view() != null ? client.view().overlay() : null;
        if (overlay == null) return false;
        Overlay.Reaction reaction = mouse != null ? overlay.mouse(mouse) : overlay.key(key);
        if (reaction.close()) {
            Runnable chosen = reaction.command() == null ? null
                    : () -> runner.runChosen(client, reaction.command(), reaction.target(), reaction.mouse());
            if (chosen != null && overlay.runAfterItsList(chosen)) chosen = null;
            client.view().closeOverlay();
            if (chosen != null) chosen.run();
        }
        return true;
    }

    @Override
    public boolean toPrompt(KeyReader.Key key) {
        if (client.paneNumbersShown()) return choosePane(key);
        CommandPrompt prompt = client.prompt();
        if (prompt == null) return false;
        if (prompt.completes() && key.canonical().equals(TAB)) {
            prompt.complete(completion.apply(client.session()));
            return true;
        }
        CommandPrompt.Outcome outcome = prompt.handle(key, client.session().options().string("status-keys").equals("vi"));
        if (outcome == CommandPrompt.Outcome.EDITED) return true;
        String template = client.promptTemplate();
        if (outcome == CommandPrompt.Outcome.CHANGED) {
            runner.runPrompt(client, PromptTemplates.fill(template, List.of(prompt.incrementalText())));
            return true;
        }
        Runnable closed = client.closePrompt();
        if (prompt.isConfirmation()) {
            if (prompt.confirmed()) runner.runPrompt(client, template);
        } else if (outcome == CommandPrompt.Outcome.SUBMITTED || outcome == CommandPrompt.Outcome.PASSED) {
            runner.runPrompt(client, PromptTemplates.fill(template, prompt.answers()));
        }
        closed.run();
        // A key that ended a prompt for digits goes on as if no prompt had been open.
        return outcome != CommandPrompt.Outcome.PASSED;
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
            // By its code, so that a prefix with no bytes of its own (C-Enter) is the extended key that names it.
            long code = KeyCode.parse(name);
            prefixCanonical = code == KeyCode.UNKNOWN || code == KeyCode.NONE ? KeyReader.canonical(name) : KeyReader.canonical(code);
        }
        return prefixCanonical;
    }

    @Override
    public String secondPrefix() {
        String name = client.session().options().string("prefix2");
        if (!name.equals(secondPrefixName)) {
            secondPrefixName = name;
            secondPrefixCanonical = name.equals("None") ? null : KeyReader.canonical(name);
        }
        return secondPrefixCanonical;
    }

    @Override
    public String defaultTable() {
        return client.isAttached() ? client.session().options().string("key-table") : KeyBindings.ROOT_TABLE;
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

    @Override
    public void focus(boolean in) {
        focus.accept(in);
    }

    @Override
    public long assumePasteMillis() {
        return client.isAttached() ? client.session().options().number("assume-paste-time") : 0;
    }

    @Override
    public int backspace() {
        return Backspace.character(serverOptions.string("backspace"));
    }

    @Override
    public boolean extendedKeys() {
        Pane pane = client.isAttached() ? client.session().activePane() : null;
        return pane != null && pane.wantsExtendedKeys();
    }

    /** A pane in a mode (copy mode, clock mode) gives the mode the keys the prefix and root tables leave. */
    @Override
    public boolean toPaneMode(KeyReader.Key key) {
        Pane pane = client.isAttached() ? client.session().activePane() : null;
        return pane != null && pane.modes().key(key.canonical(), line -> runner.runPrompt(client, line));
    }

    @Override
    public Optional<MouseKey> mouse(MouseEvent event) {
        if (!client.isAttached()) return Optional.empty();
        return client.mouseKeys().translate(event, places, this::after, key -> {
            if (client.isAttached() && client.view() != null) client.view().keys().dispatchMouse(key);
        });
    }

    private Runnable after(long millis, Runnable task) {
        EventLoop.Timer timer = loop.schedule(millis, task);
        return timer::cancel;
    }

    @Override
    public boolean mouseBindings() {
        return client.isAttached() && client.session().options().flag("mouse");
    }

    /** The mode table of the pane under the mouse (for a status line key, the active pane of its window). */
    @Override
    public String modeTable(MouseKey key) {
        Pane pane = paneOf(key);
        return pane == null ? null : pane.modes().keyTable(pane.options().string("mode-keys"));
    }

    @Override
    public void run(List<List<String>> commands, MouseKey key) {
        if (client.isAttached()) runner.runBindingCommands(client, commands, key);
    }

    @Override
    public void toPane(MouseKey key) {
        Pane pane = paneOf(key);
        if (pane != null) MouseToPane.give(key, pane, pane.options().string("mode-keys"), line -> runner.runPrompt(client, line));
    }

    private static Pane paneOf(MouseKey key) {
        return key.place().pane() != null ? key.place().pane() : key.place().window().activePane();
    }
}
