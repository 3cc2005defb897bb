package dev.mux.server;

import dev.mux.protocol.Message;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.config.ConfigFile;
import dev.mux.server.format.FormatVariables;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionStore;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.scope.ServerScope;
import dev.mux.server.stop.Job;
import dev.mux.server.stop.StopReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command's view of the server: the requesting client (null for the config file) and what it
 * may do. Output goes to its {@link Reply}: the socket, the client's status line, or the log.
 */
final class CommandRequest implements CommandContext {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRequest.class);
    private final Server server;
    private final Client client;
    private final Message.Command command;
    private final Reply reply;
    private boolean warnedOfLogout;
    /** How deep source-file is nested in this request, bounded as tmux bounds it. */
    private int sourceDepth;

    CommandRequest(Server server, Client client, Message.Command command, Reply reply) {
        this.server = server;
        this.client = client;
        this.command = command;
        this.reply = reply;
    }

    Reply reply() {
        return reply;
    }

    @Override
    public Sessions sessions() {
        return server.sessions();
    }

    @Override
    public Message.Command request() {
        return command;
    }

    @Override
    public void print(String line) {
        reply.output(line + "\n");
    }

    @Override
    public void printRaw(String text) {
        reply.output(text);
    }

    @Override
    public ServerScope scope() {
        return server.scope();
    }

    /** Once per request (new-session both creates and attaches): sessions that die at logout are no surprise. */
    private void warnOfLogout() {
        if (warnedOfLogout) return;
        warnedOfLogout = true;
        server.scope().warning().ifPresent(reply::error);
        server.offLoop(() -> {
            server.scope().refresh();
            return null;
        }, done -> { }, failed -> LOG.debug("logind refresh failed: {}", failed.getMessage()));
    }

    @Override
    public Function<String, String> formatVariables(Pane pane) {
        return new FormatVariables(pane, server.formatEnvironment());
    }

    @Override
    public void showMessage(Session session, String message) {
        for (Client attached : server.attachedTo(session)) server.showMessage(attached, message);
    }

    @Override
    public CommandTable commandTable() {
        return server.commands();
    }

    @Override
    public KeyBindings keyBindings() {
        return server.keyBindings();
    }

    @Override
    public void detachRequester() throws CommandException {
        if (client == null || !client.isAttached()) throw new CommandException("no client to detach");
        server.detach(client);
    }

    @Override
    public Session newSession(String name, int columns, int rows, String shellCommand) throws CommandException {
        Session session = server.sessions().createSession(name, columns, rows);
        Window window = server.sessions().createWindow(session, server.launcher().windowName(shellCommand));
        try {
            startPane(window, shellCommand);
        } catch (CommandException e) {
            server.sessions().removeSession(session);
            throw new CommandException("create session failed: " + e.getMessage());
        }
        LOG.info("session {} created ({}x{})", name, columns, rows);
        warnOfLogout();
        return session;
    }

    @Override
    public Window newWindow(Session session, int index, String name, String shellCommand, boolean select)
            throws CommandException {
        if (index >= 0 && session.windowAt(index).isPresent()) {
            throw new CommandException("create window failed: index " + index + " in use");
        }
        String windowName = name != null ? name : server.launcher().windowName(shellCommand);
        Window window = index >= 0 ? server.sessions().createWindow(session, index, windowName)
                : server.sessions().createWindow(session, windowName);
        try {
            startPane(window, shellCommand);
        } catch (CommandException e) {
            server.sessions().removeWindow(window);
            throw new CommandException("create window failed: " + e.getMessage());
        }
        if (name != null) window.disableAutomaticRename();
        if (select) session.select(window);
        return window;
    }

    private void startPane(Window window, String shellCommand) throws CommandException {
        startPane(terminal -> server.sessions().createPane(window, terminal), shellCommand, window.session());
    }

    private Pane startPane(PaneLauncher.Placement placement, String shellCommand, Session session)
            throws CommandException {
        try {
            return server.launcher().launch(server.sessions(), placement, shellCommand, command.cwd(),
                    server.options().number("history-limit", session));
        } catch (LayoutException e) {
            throw new CommandException(e.getMessage());
        } catch (IOException | RuntimeException | LinkageError e) {
            // pty4j reports a missing native library as an Error; either way no pane runs.
            LOG.error("pane of session {} failed to start", session.name(), e);
            throw new CommandException(String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            // The pane's screen did not fit in the bounded heap: the caller removes what it began.
            LOG.error("pane of session {} failed to start: out of memory", session.name());
            throw new CommandException("out of memory");
        }
    }

    @Override
    public Pane splitWindow(Pane target, Split split, int size, boolean before, String shellCommand, boolean select)
            throws CommandException {
        Pane pane = startPane(terminal -> server.sessions().splitPane(target, terminal, split, size, before), shellCommand,
                target.window().session());
        if (select) target.window().select(pane);
        return pane;
    }

    @Override
    public CommandResult killPanes(List<Pane> panes) {
        for (Pane pane : panes) server.sessions().removePane(pane).ifPresent(this::releaseAttached);
        server.stops().stopPanes(panes, "kill-pane", this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public CommandResult killWindows(List<Window> windows) {
        List<Pane> panes = new ArrayList<>();
        for (Window window : windows) {
            panes.addAll(window.panes());
            server.sessions().removeWindow(window).ifPresent(this::releaseAttached);
        }
        server.stops().stopPanes(panes, "kill-window", this::stopped);
        return CommandResult.PENDING;
    }

    /** The clients of a session whose last pane was killed: they end as when its shell exits. */
    private void releaseAttached(Session gone) {
        for (Client attached : server.attachedTo(gone)) server.release(attached, "[exited]");
    }

    @Override
    public void suspendClient(Session session) throws CommandException {
        List<Client> candidates = session == null ? (client == null ? List.of() : List.of(client)) : server.attachedTo(session);
        Client target = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (target == null || !target.isAttached()) throw new CommandException("no client to suspend");
        server.suspend(target);
    }

    @Override
    public void attach(Session session) {
        int columns = command.columns() > 0 ? command.columns() : session.columns();
        int rows = command.rows() > 0 ? command.rows() : session.rows();
        warnOfLogout();
        server.attach(client, session, columns, rows);
    }

    @Override
    public void detachAll(Session session) {
        for (Client attached : server.attachedTo(session)) server.detach(attached);
    }

    @Override
    public Session attachedSession() {
        return client == null ? null : client.session();
    }

    @Override
    public List<String> describeClients(Session only) {
        return server.describeClients(only);
    }

    @Override
    public boolean isAttached(Session session) {
        return !server.attachedTo(session).isEmpty();
    }

    @Override
    public CommandResult killSessions(List<Session> ended) {
        server.killSessions(ended, "kill-session", this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public CommandResult killServer() {
        server.shutdown("kill-server", this::stopped);
        return CommandResult.PENDING;
    }

    /** The reply to a kill command: the processes that held the stop up, then the exit status. */
    private void stopped(StopReport report) {
        report.holdupLines().forEach(reply::error);
        reply.finish(report.leftSurvivors() ? 1 : 0);
    }

    @Override
    public <T> CommandResult afterBlocking(Callable<T> work, Completion<T> done) {
        server.offLoop(work, result -> {
            try {
                done.complete(result);
                reply.finish(0);
            } catch (CommandException e) {
                reply.error(e.getMessage());
                reply.finish(1);
            }
        }, failure -> {
            reply.error(String.valueOf(failure.getMessage()));
            reply.finish(1);
        });
        return CommandResult.PENDING;
    }

    @Override
    public OptionStore options() {
        return server.options();
    }

    @Override
    public PasteBuffers buffers() {
        return server.buffers();
    }

    @Override
    public List<String> source(Path file) {
        if (sourceDepth >= ConfigFile.MAX_DEPTH) return List.of(file + ": too many nested files");
        sourceDepth++;
        try {
            return ConfigFile.run(file, words -> server.commands().runOne(words, this));
        } finally {
            sourceDepth--;
        }
    }

    @Override
    public void warn(String line) {
        reply.error(line);
    }

    @Override
    public void displayPanes() throws CommandException {
        if (client == null || !client.isAttached()) throw new CommandException("no client to display panes on");
        server.displayPanes(client);
    }

    @Override
    public void openPrompt(String label, String initial, String template) throws CommandException {
        if (client == null || !client.isAttached()) throw new CommandException("no client to prompt");
        client.openPrompt(new CommandPrompt(label, initial, server.promptHistory()), template);
    }

    @Override
    public List<Job> jobs(List<Pane> panes) {
        return server.stops().jobs(panes);
    }
}
