package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.client.Client;
import dev.mux.server.client.ClientFormat;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.ControlSettings;
import dev.mux.server.cmd.Requester;
import dev.mux.server.environ.EnvironmentUpdate;
import dev.mux.server.format.FormatClient;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.mouse.MouseDrag;
import dev.mux.server.overlay.ClientArea;
import dev.mux.server.overlay.Overlay;
import dev.mux.server.render.StatusLine;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.style.StyleRange;
import dev.mux.server.style.StyleSpec;
import java.util.function.Function;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptHistory;
import java.util.List;

/** The client that sent a command, null for the config file's commands, and what a command may do to it. */
final class RequestingClient implements Requester {
    /** How long display-panes shows the numbers (tmux's display-panes-time). */

    private final Client client;
    private final Message.Command command;
    private final ClientRegistry clients;
    private final Attachments attachments;
    private final PromptHistory promptHistory;
    private final EventLoop loop;
    private final LogoutWarning logoutWarning;
    /** The mouse key whose binding runs the command, or null. */
    private MouseKey mouse;
    /** The pane a target naming nothing means (a menu's target), or null for the usual. */
    private Pane currentPane;

    RequestingClient(Client client, Message.Command command, ClientRegistry clients, Attachments attachments,
                     PromptHistory promptHistory, EventLoop loop, LogoutWarning logoutWarning) {
        this.client = client;
        this.command = command;
        this.clients = clients;
        this.attachments = attachments;
        this.promptHistory = promptHistory;
        this.loop = loop;
        this.logoutWarning = logoutWarning;
    }

    /** The command runs for the binding of {@code key}. */
    RequestingClient withMouse(MouseKey key) {
        this.mouse = key;
        return this;
    }

    /** The command's targets that name nothing mean {@code pane} (null: the usual current pane). */
    RequestingClient withCurrentPane(Pane pane) {
        this.currentPane = pane;
        return this;
    }

    @Override
    public Pane currentPane() {
        return currentPane;
    }

    @Override
    public MouseKey mouse() {
        return mouse;
    }

    @Override
    public void startDrag(MouseDrag drag) {
        if (client != null && client.isAttached()) client.mouseKeys().startDrag(drag);
    }

    @Override
    public boolean showOverlay(int windowIndex, Function<ClientArea, Overlay> make) throws CommandException {
        if (client == null || !client.isAttached() || client.view() == null) throw new CommandException("no current client");
        if (client.view().overlay() != null) return false;
        StatusPlacement placement = StatusPlacement.of(client.session().options());
        int statusX = -1;
        int statusLine = 0;
        StatusLine status = client.view().status().lastComposed();
        for (int line = 0; status != null && placement.rows() > 0 && line < Math.min(placement.rows(), status.rows().size()) && statusX < 0; line++) {
            for (StyleRange range : status.ranges(line)) {
                if (range.type() == StyleSpec.RangeType.WINDOW && range.argument() == windowIndex) {
                    statusX = range.start();
                    statusLine = line;
                    break;
                }
            }
        }
        Overlay overlay = make.apply(new ClientArea(client.columns(), client.rows(), placement.rows(), placement.top(),
                statusX, statusLine));
        return overlay != null && client.view().showOverlay(overlay);
    }

    @Override
    public void closeOverlay() throws CommandException {
        if (client == null || !client.isAttached() || client.view() == null) throw new CommandException("no current client");
        client.view().closeOverlay();
    }

    @Override
    public Message.Command request() {
        return command;
    }

    @Override
    public FormatClient formatClient() {
        return client == null ? null : new ClientFormat(client);
    }

    @Override
    public boolean hasClient() {
        return client != null;
    }

    @Override
    public java.util.Map<String, String> environment() {
        return client == null ? java.util.Map.of() : client.environment();
    }

    @Override
    public Session attachedSession() {
        return client == null ? null : client.session();
    }

    @Override
    public Session lastSession() {
        return client == null ? null : client.lastSession();
    }

    @Override
    public void useKeyTable(String table) throws CommandException {
        if (client == null || client.view() == null) throw new CommandException("no current client");
        client.view().keys().useTable(table);
    }

    @Override
    public void attach(Session session) {
        int columns = command.columns() > 0 ? command.columns() : session.columns();
        int rows = command.rows() > 0 ? command.rows() : session.rows();
        logoutWarning.once();
        EnvironmentUpdate.apply(session.options().items("update-environment"), client.environment(), session.environment());
        attachments.attach(client, session, columns, rows);
    }

    @Override
    public void detach() throws CommandException {
        clients.detach(attached("no client to detach"));
    }

    @Override
    public void suspend() throws CommandException {
        clients.suspend(client);
    }

    @Override
    public void displayPanes(long delayMillis, String template) throws CommandException {
        Client shown = attached("no client to display panes on");
        if (shown.paneNumbersShown()) return;
        long millis = delayMillis >= 0 ? delayMillis : shown.session().options().number("display-panes-time");
        long showing = shown.showPaneNumbers(template);
        if (millis > 0) loop.schedule(millis, () -> shown.hidePaneNumbers(showing));
    }

    @Override
    public boolean openPrompt(CommandPrompt.Setup setup, String template, Runnable whenClosed) throws CommandException {
        Client shown = attached("no client to prompt");
        if (shown.prompt() != null) return false;
        shown.openPrompt(new CommandPrompt(setup, promptHistory), template, whenClosed);
        return true;
    }

    @Override
    public void confirm(String question, String command, java.util.function.Consumer<Boolean> whenAnswered)
            throws CommandException {
        CommandPrompt prompt = CommandPrompt.confirmation(question, promptHistory);
        attached("no current client").openPrompt(prompt, command,
                whenAnswered == null ? null : () -> whenAnswered.accept(prompt.confirmed()));
    }

    @Override
    public ControlSettings control() {
        return client == null ? null : clients.controlSettings(client);
    }

    @Override
    public void clientFlags(String flags) {
        if (client == null) return;
        for (String flag : flags.split(",", -1)) {
            boolean on = !flag.startsWith("!");
            client.flags().set(on ? flag : flag.substring(1), on);
        }
        if (client.isAttached()) clients.fitToClients(client.session());
    }

    @Override
    public Pane currentPane(Window window) {
        return client == null ? window.activePane() : client.flags().currentPane(window);
    }

    @Override
    public boolean selectOwnPane(Pane pane) {
        return client != null && client.isAttached() && client.flags().selectOwn(pane);
    }

    @Override
    public Requester client(String name) throws CommandException {
        String wanted = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
        for (Client each : clients.all()) {
            if (each.isAttached() && named(each, wanted)) {
                return on(each);
            }
        }
        throw new CommandException("can't find client: " + wanted);
    }

    @Override
    public Requester currentClient() throws CommandException {
        if (client != null && client.isAttached()) return this;
        Session best = clients.sessions().mostRecentlyUsed().orElse(null);
        List<Client> attached = best == null ? List.of() : clients.attachedTo(best);
        if (attached.isEmpty()) throw new CommandException("no current client");
        return on(attached.get(attached.size() - 1));
    }

    @Override
    public void showMessage(String text, long delayMillis) {
        if (client != null && client.isAttached()) clients.showMessage(client, text, delayMillis);
    }

    @Override
    public void lock() {
        if (client != null) clients.lock(client);
    }

    @Override
    public void setClipboard(String text) {
        if (client != null) clients.setClipboard(client, text);
    }

    @Override
    public void detachOthers(String command, boolean hangUp) {
        for (Client each : List.copyOf(clients.all())) {
            if (each != client && each.isAttached()) clients.detach(each, command, hangUp);
        }
    }

    @Override
    public void detachRunning(String command, boolean hangUp) throws CommandException {
        clients.detach(attached("no client to detach"), command, hangUp);
    }

    private RequestingClient on(Client other) {
        Message.Command request = other.request() != null ? other.request() : command;
        return new RequestingClient(other, request, clients, attachments, promptHistory, loop, logoutWarning);
    }

    private static boolean named(Client client, String name) {
        if (client.name().equals(name)) return true;
        String tty = client.offeredTerminal() == null ? "" : client.offeredTerminal().path();
        return !tty.isEmpty() && (tty.equals(name) || (tty.startsWith("/dev/") && tty.substring(5).equals(name)));
    }

    @Override
    public void redraw() {
        if (client != null && client.isAttached()) client.view().invalidate();
    }

    private Client attached(String otherwise) throws CommandException {
        if (client == null || !client.isAttached()) throw new CommandException(otherwise);
        return client;
    }
}
