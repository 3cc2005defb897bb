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
import dev.mux.server.model.Session;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptHistory;

/** The client that sent a command, null for the config file's commands, and what a command may do to it. */
final class RequestingClient implements Requester {
    /** How long display-panes shows the numbers (tmux's display-panes-time). */
    private static final long DISPLAY_PANES_MILLIS = 1000;

    private final Client client;
    private final Message.Command command;
    private final ClientRegistry clients;
    private final Attachments attachments;
    private final PromptHistory promptHistory;
    private final EventLoop loop;
    private final LogoutWarning logoutWarning;

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
    public void displayPanes() throws CommandException {
        Client shown = attached("no client to display panes on");
        shown.showPaneNumbers();
        loop.schedule(DISPLAY_PANES_MILLIS, shown::hidePaneNumbers);
    }

    @Override
    public void openPrompt(String label, String initial, String template) throws CommandException {
        attached("no client to prompt").openPrompt(new CommandPrompt(label, initial, promptHistory), template);
    }

    @Override
    public ControlSettings control() {
        return client == null ? null : clients.controlSettings(client);
    }

    @Override
    public void clientFlags(String flags) {
        if (client == null) return;
        for (String flag : flags.split(",", -1)) {
            if (flag.equals("ignore-size") || flag.equals("!ignore-size")) client.ignoreSize(!flag.startsWith("!"));
        }
        if (client.isAttached()) clients.fitToClients(client.session());
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
