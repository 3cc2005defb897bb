package dev.mux.server;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.PaneSpawn;
import dev.mux.server.cmd.Resurrecting;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.snapshot.EndNotice;
import dev.mux.server.snapshot.LayoutPlan;
import dev.mux.server.snapshot.ServerImage;
import dev.mux.server.snapshot.ServerImage.PaneImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import dev.mux.server.snapshot.ServerImage.WindowImage;
import dev.mux.server.snapshot.SnapshotException;
import dev.mux.server.snapshot.SnapshotFiles;
import dev.mux.server.snapshot.SnapshotKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings back the sessions of a server that is gone from its snapshot (the {@code .previous}
 * file): sessions, windows and panes with their old names and ids, layouts, options and paste
 * buffers; in each pane the old scrollback and screen, the line saying when and why it ended, and a
 * fresh shell in the old directory. A pane whose program was not a shell offers it instead of
 * running it: it shows the command and runs it when Enter is pressed. A snapshot that cannot be
 * read is moved aside with a one-line message. Loop thread only.
 */
final class Resurrection implements Resurrecting {
    private static final Logger LOG = LoggerFactory.getLogger(Resurrection.class);
    /**
     * How a pane offers its old command: shown, then run on Enter (with job control, so that it is
     * the terminal's foreground, as it was); a fresh shell either way after.
     */
    private static final String OFFER = "set -m; printf '%s\\n' \"mux: this pane ran: $MUX_OFFERED_COMMAND\" "
            + "'Press Enter to run it again, or n and Enter for a shell.'; IFS= read -r mux_answer; "
            + "mux_command=$MUX_OFFERED_COMMAND; unset MUX_OFFERED_COMMAND; "
            + "if [ -z \"$mux_answer\" ]; then eval \"$mux_command\"; fi; "
            + "unset mux_answer mux_command; exec \"${SHELL:-/bin/sh}\" -l";
    static final String OFFERED_VARIABLE = "MUX_OFFERED_COMMAND";

    private final Sessions sessions;
    private final PaneLauncher launcher;
    private final PasteBuffers buffers;
    private final SnapshotFiles files;
    private final SnapshotKeeper keeper;
    /**
     * What the restore at start-up brought back, told once to a resurrect command that finds no
     * snapshot left: the one that started this server, whose restore came first.
     */
    private String restoredAtStart;

    Resurrection(Sessions sessions, PaneLauncher launcher, PasteBuffers buffers, SnapshotKeeper keeper) {
        this.sessions = sessions;
        this.launcher = launcher;
        this.buffers = buffers;
        this.files = keeper.files();
        this.keeper = keeper;
    }

    @Override
    public CompletableFuture<Void> saveNow() {
        return keeper.writeNowOnLoop(null);
    }

    @Override
    public String saved() {
        return files.current() + ": " + keeper.costs().summary();
    }

    /**
     * At start-up: what the resurrect option says to do with a snapshot a server that is gone left.
     * With ask or off, and when the snapshot is refused, the first client is told (the config file's
     * errors are shown the same way); a restore says so in each pane and in list-sessions.
     */
    void atStart(Consumer<String> tellFirstClient) {
        try {
            if (!files.takeOverLeftover() && !Files.isRegularFile(files.previous())) return;
        } catch (IOException e) {
            LOG.warn("snapshot: cannot take over {}: {}", files.current(), e.toString());
            return;
        }
        String mode = sessions.options().server().string("resurrect");
        try {
            if (mode.equals("automatic")) {
                restoredAtStart = resurrect();
                LOG.info("resurrection: {}", restoredAtStart);
                return;
            }
            String offer = pending() + " (run mux resurrect to bring it back)";
            LOG.info("resurrect is {}: {}", mode, offer);
            if (mode.equals("ask")) tellFirstClient.accept(offer);
        } catch (CommandException e) {
            LOG.warn("resurrection: {}", e.getMessage());
            tellFirstClient.accept("mux: " + e.getMessage());
        }
    }

    @Override
    public String pending() throws CommandException {
        ServerImage image = read();
        List<String> names = new ArrayList<>();
        for (SessionImage session : image.sessions()) names.add(session.name());
        return "snapshot of " + image.sessions().size() + " sessions (" + String.join(", ", names) + "): "
                + EndNotice.of(image);
    }

    @Override
    public String resurrect() throws CommandException {
        if (restoredAtStart != null && !Files.isRegularFile(files.previous())) {
            String report = restoredAtStart;
            restoredAtStart = null;
            return report;
        }
        ServerImage image = read();
        String notice = EndNotice.of(image);
        restoreOptions(image);
        List<String> restored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<Session, SessionImage> made = new LinkedHashMap<>();
        Map<Integer, Window> windows = new HashMap<>();
        for (SessionImage session : image.sessions()) {
            if (sessions.byName(session.name()).isPresent()) {
                skipped.add(session.name());
                continue;
            }
            try {
                made.put(restore(session, notice, windows), session);
                restored.add(session.name());
            } catch (CommandException e) {
                LOG.warn("resurrection of session {} failed: {}", session.name(), e.getMessage());
                skipped.add(session.name() + " (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                // A snapshot that reads well but does not fit the model (another version's): that session stays out.
                LOG.error("resurrection of session {} failed", session.name(), e);
                sessions.byName(session.name()).ifPresent(sessions::removeSession);
                skipped.add(session.name() + " (" + e + ")");
            }
        }
        for (Session empty : ResurrectedPlaces.restore(sessions, made, windows)) {
            restored.remove(empty.name());
            skipped.add(empty.name() + " (no window)");
        }
        for (ServerImage.BufferImage buffer : image.buffers()) buffers.restore(buffer.name(), buffer.data(), buffer.automatic());
        try {
            files.deletePrevious();
        } catch (IOException e) {
            LOG.warn("snapshot: cannot delete {}: {}", files.previous(), e.toString());
        }
        String report = "resurrected " + restored.size() + " sessions" + (restored.isEmpty() ? "" : ": " + String.join(", ", restored));
        return skipped.isEmpty() ? report : report + "; not restored: " + String.join(", ", skipped);
    }

    private ServerImage read() throws CommandException {
        try {
            Optional<ServerImage> image = files.readPrevious();
            if (image.isEmpty()) throw new CommandException("no snapshot to resurrect");
            return image.get();
        } catch (SnapshotException e) {
            String where = files.previous().toString();
            try {
                where = files.moveAside(files.previous()).toString();
            } catch (IOException moveFailed) {
                LOG.warn("snapshot: cannot move {} aside: {}", where, moveFailed.toString());
            }
            throw new CommandException(e.getMessage() + ": refused, kept as " + where);
        }
    }

    private void restoreOptions(ServerImage image) {
        OptionRestore.apply(sessions.options().server(), image.globalOptions().get("server"), sessions.options());
        OptionRestore.apply(sessions.options().session(), image.globalOptions().get("session"), sessions.options());
        OptionRestore.apply(sessions.options().window(), image.globalOptions().get("window"), sessions.options());
    }

    /**
     * The session with its own windows (each added to {@code windows} by its old id); its links,
     * current window and group come after every session's windows ({@link ResurrectedPlaces}).
     */
    private Session restore(SessionImage image, String notice, Map<Integer, Window> windows) throws CommandException {
        Session session = sessions.createSession(image.name(), image.columns(), image.rows(), image.id());
        OptionRestore.apply(session.options(), image.options(), sessions.options());
        session.markResurrected();
        Map<Pane, PaneImage> restored = new HashMap<>();
        Map<Integer, Window> made = new HashMap<>();
        try {
            for (WindowImage window : image.windows()) made.put(window.id(), restore(session, window, restored));
        } catch (CommandException e) {
            sessions.removeSession(session);
            throw e;
        }
        windows.putAll(made);
        restored.forEach((pane, paneImage) -> showOldText(pane, paneImage, notice));
        return session;
    }

    private Window restore(Session session, WindowImage image, Map<Pane, PaneImage> restored) throws CommandException {
        Map<Integer, PaneImage> panes = new HashMap<>();
        for (PaneImage pane : image.panes()) panes.put(pane.id(), pane);
        LayoutPlan plan;
        try {
            plan = LayoutPlan.parse(image.layout());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        if (!panes.keySet().equals(new HashSet<>(plan.panes()))) throw new CommandException("layout and panes differ");
        if (session.windowAt(image.index()).isPresent()) throw new CommandException("window index " + image.index() + " taken");
        Window window = sessions.createWindow(session, image.index(), image.name(), image.id());
        OptionRestore.apply(window.options(), image.options(), sessions.options());
        Map<Integer, Pane> byId = new HashMap<>();
        PaneImage first = panes.get(plan.firstPane());
        byId.put(first.id(), start(session, first, terminal -> sessions.createPane(window, terminal, first.id()), restored));
        build(plan, byId, panes, session, restored);
        Pane active = byId.get(image.active());
        if (active != null) window.select(active);
        Pane zoomed = byId.get(image.zoomed());
        if (zoomed != null) window.toggleZoom(zoomed);
        return window;
    }

    /** Builds a container from its first pane: each split gives the new pane the children still to come. */
    private void build(LayoutPlan plan, Map<Integer, Pane> byId, Map<Integer, PaneImage> panes, Session session,
                       Map<Pane, PaneImage> restored) throws CommandException {
        if (plan.isLeaf()) return;
        Split split = plan.sideBySide() ? Split.LEFT_RIGHT : Split.TOP_BOTTOM;
        Pane current = byId.get(plan.firstPane());
        int remaining = plan.size(plan.sideBySide());
        List<LayoutPlan> children = plan.children();
        for (int i = 1; i < children.size(); i++) {
            int rest = remaining - children.get(i - 1).size(plan.sideBySide()) - 1;
            PaneImage next = panes.get(children.get(i).firstPane());
            Pane target = current;
            Pane made = start(session, next, terminal -> sessions.splitPane(target, terminal, split, rest, false, next.id()),
                    restored);
            byId.put(next.id(), made);
            current = made;
            remaining = rest;
        }
        for (LayoutPlan child : children) build(child, byId, panes, session, restored);
    }

    private Pane start(Session session, PaneImage image, PaneLauncher.Placement placement, Map<Pane, PaneImage> restored)
            throws CommandException {
        String offered = image.command() != null ? image.command() : image.foreground();
        Map<String, String> environment = offered == null ? Map.of() : Map.of(OFFERED_VARIABLE, offered);
        PaneSpawn spawn = new PaneSpawn(offered == null ? null : OFFER, image.cwd(), environment, null, null, image.command());
        try {
            Pane pane = launcher.launch(sessions, placement, spawn.shellCommand(), image.cwd(),
                    session.options().number("history-limit"), spawn);
            pane.setCommand(image.command());
            OptionRestore.apply(pane.options(), image.options(), sessions.options());
            if (image.title() != null && !image.title().isEmpty()) pane.setTitle(image.title());
            restored.put(pane, image);
            return pane;
        } catch (LayoutException e) {
            throw new CommandException(e.getMessage());
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.error("resurrected pane %{} failed to start", image.id(), e);
            throw new CommandException(String.valueOf(e.getMessage()));
        }
    }

    /** The old scrollback and screen, then the notice, fed before the new shell's first output is read. */
    private static void showOldText(Pane pane, PaneImage image, String notice) {
        StringBuilder text = new StringBuilder();
        for (String line : image.text()) text.append(line).append("\r\n");
        text.append("\u001b[0m").append(notice).append("\r\n");
        pane.terminal().feed(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
