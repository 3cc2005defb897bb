package dev.mux.server.control;

import dev.mux.protocol.Message;
import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.ControlSettings;
import dev.mux.server.model.Pane;
import dev.mux.server.notify.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One control client's side of the protocol: its lines waiting to run, its flags, the output state
 * of each pane, its subscriptions, and writing lines to it without ever waiting for it. A client
 * that stops reading has its panes paused (with pause-after) or, past tmux's age or mux's byte
 * bound, is given up on with {@code %exit too far behind}.
 */
final class ControlClient implements ControlSettings {
    /** tmux's CONTROL_MAXIMUM_AGE: output this old, without pause-after, ends the client. */
    static final long MAXIMUM_AGE_MILLIS = 300_000;
    /** The most bytes a client that does not read may hold queued in the server. */
    static final long MAXIMUM_BACKLOG_BYTES = 8L << 20;
    static final String TOO_FAR_BEHIND = "too far behind";
    /** Opens the DCS sequence a -CC client's terminal program reads the protocol in. */
    private static final String DCS_START = "\033P1000p";
    /** tmux's WINDOW_MINIMUM and WINDOW_MAXIMUM, the sizes -C accepts. */
    private static final int MINIMUM_SIZE = 1;
    private static final int MAXIMUM_SIZE = 10_000;

    /** What the client may ask of the server around it. */
    interface Server {
        /** The client's size changed (refresh-client -C, ignore-size): its session refits. */
        void sizeChanged(Client client);

        /** Gives up on a client that is too far behind: what it has not taken is dropped, it is detached and told why. */
        void drop(Client client, String reason);
    }

    private enum PaneOutput { OFF, PAUSED }

    final Client client;
    private final Server server;
    final ControlInput input = new ControlInput();
    final ControlFlags flags = new ControlFlags();
    final Subscriptions subscriptions = new Subscriptions();
    private final Map<Integer, PaneOutput> panes = new HashMap<>();
    private final OutputBacklog backlog = new OutputBacklog();
    /** Commands not yet run, in tmux's groups: an error drops the rest of its group. */
    final QueuedCommands group = new QueuedCommands();
    /** A block is open: the next command waits for it to end. */
    boolean busy;
    /** Notifications that came while a block was open, to be told when it closes. */
    final List<Notification> held = new ArrayList<>();
    /** Its first command (from its command line) is running: its blocks' flags are 0. */
    boolean starting;
    /** Lines are being run now: a block that ends meanwhile lets the same loop go on. */
    boolean pumping;
    /** The status of the last block, which a client that never attached exits with. */
    int lastStatus;

    ControlClient(Client client, Server server) {
        this.client = client;
        this.server = server;
        if (client.controlLevel() > 1) send(DCS_START.getBytes(StandardCharsets.US_ASCII));
    }

    boolean isOpen() {
        return client.connection().isOpen();
    }

    void writeLine(String line) {
        send((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void send(byte[] bytes) {
        client.connection().sendOutput(bytes, piece -> new Message.Output(1, piece));
    }

    /**
     * A pane's output, as %output (or %extended-output with its age, under pause-after), unless the
     * client turned it off, the pane is off or paused, or the client is too far behind to take it.
     */
    void paneOutput(Pane pane, byte[] bytes, int length, long nanos) {
        if (flags.noOutput || panes.containsKey(pane.id()) || !isOpen()) return;
        long age = backlog.ageMillis(client.connection().writtenBytes(), nanos);
        if (flags.pausing() && age > flags.pauseAfterMillis) {
            panes.put(pane.id(), PaneOutput.PAUSED);
            writeLine("%pause %" + pane.id());
            return;
        }
        if (!flags.pausing() && (age > MAXIMUM_AGE_MILLIS
                || client.connection().pendingBytes() > MAXIMUM_BACKLOG_BYTES)) {
            server.drop(client, TOO_FAR_BEHIND);
            return;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(length + 32);
        String head = flags.pausing() ? "%extended-output %" + pane.id() + " " + age + " : " : "%output %" + pane.id() + " ";
        line.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        OutputEscaping.escape(bytes, length, line);
        line.write('\n');
        send(line.toByteArray());
        backlog.queued(client.connection().writtenBytes() + client.connection().pendingBytes(), nanos);
    }

    @Override
    public void size(String size) throws CommandException {
        if (size.startsWith("@")) {
            windowSize(size);
            return;
        }
        int[] parsed = parseSize(size.contains(",") ? size.split(",", 2) : size.split("x", 2));
        if (parsed == null) throw new CommandException("bad size argument");
        checkSize(parsed);
        client.setControlSize(parsed[0], parsed[1]);
        server.sizeChanged(client);
    }

    /** {@code @N:WxH} gives window {@code @N} a size of its own from this client, {@code @N:} takes it back. */
    private void windowSize(String size) throws CommandException {
        int colon = size.indexOf(':');
        int window = colon > 1 ? parseNumber(size.substring(1, colon)) : -1;
        if (window < 0) throw new CommandException("bad size argument");
        String rest = size.substring(colon + 1);
        if (rest.isEmpty()) {
            client.windowSize(window, null);
        } else {
            int[] parsed = parseSize(rest.split("x", 2));
            if (parsed == null) throw new CommandException("bad size argument");
            checkSize(parsed);
            client.windowSize(window, parsed);
        }
        server.sizeChanged(client);
    }

    private static void checkSize(int[] size) throws CommandException {
        for (int value : size) {
            if (value < MINIMUM_SIZE || value > MAXIMUM_SIZE) throw new CommandException("size too small or too big");
        }
    }

    private static int[] parseSize(String[] parts) {
        if (parts.length != 2) return null;
        int x = parseNumber(parts[0]);
        int y = parseNumber(parts[1]);
        return x < 0 || y < 0 ? null : new int[] {x, y};
    }

    /** Digits at the start, as sscanf's %u reads them (bounded), or -1 if there are none. */
    private static int parseNumber(String text) {
        int value = 0;
        int i = 0;
        for (; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = (int) Math.min(Integer.MAX_VALUE, value * 10L + (text.charAt(i) - '0'));
        }
        return i == 0 ? -1 : value;
    }

    @Override
    public void flags(String list) {
        boolean waitExit = flags.waitExit;
        boolean ignoreSize = client.flags().ignoreSize();
        flags.apply(list, client.flags());
        if (flags.noOutput) panes.clear();
        if (!flags.pausing()) panes.values().removeIf(state -> state == PaneOutput.PAUSED);
        if (waitExit != flags.waitExit) client.connection().send(new Message.WaitExit(flags.waitExit));
        if (ignoreSize != client.flags().ignoreSize()) server.sizeChanged(client);
    }

    @Override
    public void paneOutput(String spec) {
        int colon = spec.indexOf(':');
        if (!spec.startsWith("%") || colon < 0) return;
        int pane = parseNumber(spec.substring(1, colon));
        if (pane < 0) return;
        switch (spec.substring(colon + 1)) {
            case "on" -> panes.remove(pane);
            case "off" -> panes.put(pane, PaneOutput.OFF);
            case "continue" -> {
                if (panes.get(pane) == PaneOutput.PAUSED) {
                    panes.remove(pane);
                    writeLine("%continue %" + pane);
                }
            }
            case "pause" -> {
                if (panes.get(pane) != PaneOutput.PAUSED) {
                    panes.put(pane, PaneOutput.PAUSED);
                    writeLine("%pause %" + pane);
                }
            }
            default -> { }
        }
    }

    @Override
    public void subscription(String spec) {
        subscriptions.update(spec);
    }

    @Override
    public void message(String text) {
        writeLine("%message " + MessageEscaping.escape(text));
    }
}
