package dev.mux.server.control;

import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandLineSplitter;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.ControlSettings;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.notify.Notification;
import dev.mux.server.notify.Notifications;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control clients and the protocol's order, which is tmux's command queue: each command is
 * answered in its own block, one at a time per client, and a client runs every command it has
 * queued (all the lines it sent that have arrived) before the notifications they caused are sent,
 * as tmux runs a client's queue before the server's queue of notifications. Notifications are sent
 * once no client has a command it can run now, or at the end of the loop's batch, in the order they
 * were fired, each read from the model as it is then; a client whose block is open, waiting for a
 * command that finishes later, gets them once the commands queued behind it have run. A pane's output goes out as
 * it is read, after the notifications before it. Commands and notifications share one counter, as
 * in tmux, a notification taking its number when it is sent. Loop thread only.
 */
public final class ControlClients implements Notifications.Watcher, Notifications.OutputWatcher {
    /** How often subscriptions are checked, as tmux's. */
    private static final long SUBSCRIPTION_MILLIS = 1000;

    /** What running a control client's commands needs of the server. */
    public interface Commands {
        /** Runs one command for {@code client}; its output and end go to {@code block}. */
        CommandResult run(Client client, List<String> words, ControlBlock block) throws CommandException;

        /** Fails as tmux's parser does: a command it does not know (or knows more than once), or bad flags. */
        void check(List<String> words) throws CommandException;

        /** The client asked to go (an empty line, the end of its input): detached if attached, then ended. */
        void exit(Client client);

        /** The client's size, or whether it counts, changed: its session refits. */
        void sizeChanged(Client client);

        /** Gives up on a client that is too far behind: detached, told {@code reason}, its queued output dropped. */
        void drop(Client client, String reason);

        /** A format expanded for a window's place and one of its panes, as the formats of commands are. */
        String expand(String format, Winlink link, Pane pane);
    }

    private final Map<Client, ControlClient> controls = new LinkedHashMap<>();
    private final List<Notification> pending = new ArrayList<>();
    private final Commands commands;
    private final EventLoop loop;
    private int number;
    private boolean subscriptionTimer;

    public ControlClients(Commands commands, EventLoop loop, Notifications notifications) {
        this.commands = commands;
        this.loop = loop;
        notifications.watch(this);
        notifications.watchOutput(this);
        loop.addBatchHook(this::deliver);
    }

    /**
     * A control client sent its first command: the start-up config file's errors it is the first
     * to see go out as tmux 3.4's {@code %config-error} lines, then the command runs as the first
     * block (flags 0); a client it leaves unattached then ends, else its lines are read from now on.
     */
    public void start(Client client, List<String> argv, List<String> configErrors) {
        ControlClient control = new ControlClient(client, new ControlClient.Server() {
            @Override
            public void sizeChanged(Client sized) {
                commands.sizeChanged(sized);
            }

            @Override
            public void drop(Client dropped, String reason) {
                commands.drop(dropped, reason);
            }
        });
        controls.put(client, control);
        client.beforeExit(this::deliver);
        for (String error : configErrors) control.writeLine("%config-error " + error);
        control.starting = true;
        control.group.addLast(CommandLineSplitter.splitArguments(argv));
        pump(control);
    }

    /** Bytes of the client's standard input. */
    public void input(Client client, byte[] bytes) {
        ControlClient control = controls.get(client);
        if (control == null) return;
        control.input.add(bytes);
        pump(control);
    }

    /** The client's standard input ended: it goes once the lines before are done. */
    public void inputEnded(Client client) {
        ControlClient control = controls.get(client);
        if (control == null) return;
        control.input.end();
        pump(control);
    }

    public void removed(Client client) {
        controls.remove(client);
    }

    /** refresh-client's settings for {@code client}, or null when it is not a control client. */
    public ControlSettings settings(Client client) {
        ControlClient control = controls.get(client);
        if (control == null) return null;
        if (!subscriptionTimer) {
            subscriptionTimer = true;
            loop.schedule(SUBSCRIPTION_MILLIS, this::checkSubscriptions);
        }
        return control;
    }

    private void pump(ControlClient control) {
        if (control.pumping) return;
        control.pumping = true;
        try {
            while (!control.busy && control.isOpen()) {
                List<String> words = control.group.poll();
                if (words != null) {
                    run(control, words);
                } else if (control.starting) {
                    control.starting = false;
                    if (!control.client.isAttached()) control.client.finishControl(control.lastStatus, "");
                } else {
                    String line = control.input.next();
                    if (line == null) break;
                    if (line.isEmpty()) {
                        commands.exit(control.client);
                        break;
                    }
                    parse(control, line);
                }
            }
        } finally {
            control.pumping = false;
        }
        tellHeld(control);
        deliver();
    }

    /** Splits a line into commands and checks their names and flags first, so a bad line runs nothing, as in tmux. */
    private void parse(ControlClient control, String line) {
        try {
            // A separator before any command is tmux's syntax error, though the splitter skips it.
            if (line.strip().startsWith(";")) throw new CommandException("syntax error");
            List<List<String>> parsed = CommandLineSplitter.splitLine(line);
            for (List<String> words : parsed) {
                if (!words.isEmpty()) commands.check(words);
            }
            control.group.addLast(parsed.stream().filter(words -> !words.isEmpty()).toList());
        } catch (CommandException e) {
            ControlBlock block = open(control);
            block.error("parse error: " + e.getMessage());
            block.finish(1);
        }
    }

    private void run(ControlClient control, List<String> words) {
        ControlBlock block = open(control);
        try {
            if (commands.run(control.client, words, block) != CommandResult.PENDING) block.finish(0);
        } catch (CommandException e) {
            block.error(e.getMessage());
            block.finish(1);
        } catch (RuntimeException e) {
            // A bug in one command must not leave the client's block open, nor the loop broken.
            block.error(words.get(0) + ": " + e);
            block.finish(1);
        }
    }

    private ControlBlock open(ControlClient control) {
        control.busy = true;
        int flags = control.starting ? 0 : 1;
        return new ControlBlock(control, System.currentTimeMillis() / 1000, ++number, flags, status -> {
            control.busy = false;
            control.lastStatus = status;
            if (status != 0) control.group.failed();
            pump(control);
        });
    }

    @Override
    public void notified(Notification notification) {
        if (controls.isEmpty()) {
            number++;
        } else {
            pending.add(notification);
        }
    }

    /** Sends each notification not yet sent to every control client it is for; each takes a number. */
    private void deliver() {
        if (pending.isEmpty()) return;
        List<Notification> due = new ArrayList<>(pending);
        pending.clear();
        for (Notification notification : due) {
            number++;
            for (ControlClient control : controls.values()) {
                if (control.busy) {
                    control.held.add(notification);
                } else {
                    tell(control, notification);
                }
            }
        }
    }

    private static void tell(ControlClient control, Notification notification) {
        if (!control.isOpen()) return;
        String line = NotificationLines.of(notification, control.client);
        if (line != null) control.writeLine(line);
    }

    /**
     * What was held back while the client's block was open goes out once the commands queued behind
     * it have run: mux waits for some commands tmux does at once (a kill waits for its stop), and
     * tmux's client would have run those commands before the notifications.
     */
    private static void tellHeld(ControlClient control) {
        List<Notification> held = new ArrayList<>(control.held);
        control.held.clear();
        for (Notification notification : held) tell(control, notification);
    }

    @Override
    public void output(Pane pane, byte[] bytes, int length) {
        if (controls.isEmpty()) return;
        deliver();
        long now = System.nanoTime();
        for (ControlClient control : controls.values()) {
            if (shows(control.client.session(), pane.window())) control.paneOutput(pane, bytes, length, now);
        }
    }

    /** Whether the window has a place in the session: a control client hears the output of every window its session shows. */
    private static boolean shows(Session session, Window window) {
        for (Winlink link : window.links()) {
            if (link.session() == session) return true;
        }
        return false;
    }

    private void checkSubscriptions() {
        deliver();
        boolean any = false;
        for (ControlClient control : controls.values()) {
            if (control.subscriptions.isEmpty()) continue;
            any = true;
            if (!control.isOpen() || control.client.session() == null) continue;
            for (String line : control.subscriptions.changes(control.client.session(), commands::expand)) {
                control.writeLine(line);
            }
        }
        subscriptionTimer = any;
        if (any) loop.schedule(SUBSCRIPTION_MILLIS, this::checkSubscriptions);
    }
}
