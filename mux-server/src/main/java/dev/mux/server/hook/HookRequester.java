package dev.mux.server.hook;

import dev.mux.protocol.Message;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.ControlSettings;
import dev.mux.server.cmd.Requester;
import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.prompt.CommandPrompt;
import java.util.Map;

/**
 * The requester of a hook's commands: the one whose command or client the hook follows, but whose
 * "current" pane is what the hook is about and whose formats hold the hook's values.
 */
final class HookRequester implements Requester {
    private final Requester base;
    private final HookTarget target;
    private final Map<String, String> formats;

    HookRequester(Requester base, HookTarget target, Map<String, String> formats) {
        this.base = base;
        this.target = target;
        this.formats = Map.copyOf(formats);
    }

    @Override
    public Pane currentPane() {
        return target.pane();
    }

    @Override
    public Map<String, String> formatValues() {
        return formats;
    }

    @Override
    public Session attachedSession() {
        return target.session() != null ? target.session() : base.attachedSession();
    }

    @Override
    public Message.Command request() {
        return base.request();
    }

    @Override
    public FormatClient formatClient() {
        return base.formatClient();
    }

    @Override
    public boolean hasClient() {
        return base.hasClient();
    }

    @Override
    public Map<String, String> environment() {
        return base.environment();
    }

    @Override
    public void attach(Session session) throws CommandException {
        base.attach(session);
    }

    @Override
    public void detach() throws CommandException {
        base.detach();
    }

    @Override
    public void suspend() throws CommandException {
        base.suspend();
    }

    @Override
    public void displayPanes(long delayMillis, String template) throws CommandException {
        base.displayPanes(delayMillis, template);
    }

    @Override
    public boolean openPrompt(CommandPrompt.Setup setup, String template, Runnable whenClosed) throws CommandException {
        return base.openPrompt(setup, template, whenClosed);
    }

    @Override
    public Session lastSession() {
        return base.lastSession();
    }

    @Override
    public void useKeyTable(String table) throws CommandException {
        base.useKeyTable(table);
    }

    @Override
    public ControlSettings control() {
        return base.control();
    }

    @Override
    public void clientFlags(String flags) {
        base.clientFlags(flags);
    }

    @Override
    public void redraw() {
        base.redraw();
    }

    @Override
    public Requester client(String name) throws CommandException {
        return base.client(name);
    }

    @Override
    public Requester currentClient() throws CommandException {
        return base.currentClient();
    }

    @Override
    public void showMessage(String text, long delayMillis) {
        base.showMessage(text, delayMillis);
    }

    @Override
    public void lock() {
        base.lock();
    }

    @Override
    public void setClipboard(String text) {
        base.setClipboard(text);
    }

    @Override
    public void detachOthers(String command, boolean hangUp) {
        base.detachOthers(command, hangUp);
    }

    @Override
    public void detachRunning(String command, boolean hangUp) throws CommandException {
        base.detachRunning(command, hangUp);
    }

    @Override
    public void confirm(String question, String command, java.util.function.Consumer<Boolean> whenAnswered)
            throws CommandException {
        base.confirm(question, command, whenAnswered);
    }
}
