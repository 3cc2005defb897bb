package dev.mux.server;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatServer;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Windows not named by the user take the name their automatic-rename-format gives, by default
 * that of the program in their active pane (automatic-rename). /proc is read on the worker thread: four files per window each tick, in code
 * that runs too seldom to be compiled, held up the loop (and the keys waiting on it) for a
 * millisecond or two, and a process in uninterruptible sleep can hold up a read of its files.
 * As tmux, a tick looks only at panes that printed something since the tick before the last one
 * (a program that takes over the terminal usually prints, or follows the echo of its command
 * line); every pane is looked at every {@link #FULL_CHECK_MILLIS}, for a program that starts
 * silently. Looking at every pane each tick cost a third of a core at 1000 idle windows. Ticks come
 * every {@link #RENAME_INTERVAL_MILLIS} only while panes print (or clients type): when nothing
 * happens, only the full check wakes the server.
 */
final class WindowRenamer {
    private static final Logger LOG = LoggerFactory.getLogger(WindowRenamer.class);
    /** How often window names follow their programs; tmux checks about as often. */
    private static final long RENAME_INTERVAL_MILLIS = 500;
    /** This often every window is looked at, printed or not. */
    private static final long FULL_CHECK_MILLIS = 10_000;

    private final Sessions sessions;
    private final ForegroundPrograms foregroundPrograms;
    private final FormatServer formats;
    private final BlockingWork blockingWork;
    private final EventLoop loop;
    /** The worker is reading what runs in the panes: no second read is queued. */
    private boolean renaming;
    /** Each active pane's output version at the last two ticks that looked at panes. */
    private Map<Pane, Long> versionsBefore = new HashMap<>();
    private Map<Pane, Long> versionsLast = new HashMap<>();
    private long lastFullCheckNanos = System.nanoTime();
    /** The next tick: a short one while panes print, else the next full check. */
    private EventLoop.Timer next;
    private boolean shortTickNext;
    /** The loop's handled events when a batch last asked for a short tick. */
    private long eventsSeen;

    WindowRenamer(Sessions sessions, ForegroundPrograms foregroundPrograms, FormatServer formats, BlockingWork blockingWork,
                  EventLoop loop) {
        this.sessions = sessions;
        this.formats = formats;
        this.foregroundPrograms = foregroundPrograms;
        this.blockingWork = blockingWork;
        this.loop = loop;
        loop.addBatchHook(this::afterBatch);
        tickSoon();
    }

    /** A pane printed or a client sent something: a program may have started, so a short tick comes. */
    private void afterBatch() {
        if (shortTickNext) return;
        long events = loop.handledEvents();
        if (events == eventsSeen) return;
        eventsSeen = events;
        tickSoon();
    }

    private void tickSoon() {
        if (next != null) next.cancel();
        shortTickNext = true;
        next = loop.schedule(RENAME_INTERVAL_MILLIS, this::renameTick);
    }

    private void renameTick() {
        shortTickNext = false;
        if (renaming) {
            tickSoon();
            return;
        }
        long now = System.nanoTime();
        boolean everyPane = now - lastFullCheckNanos >= FULL_CHECK_MILLIS * 1_000_000L;
        if (everyPane) lastFullCheckNanos = now;
        boolean anyPrinted = false;
        Map<Pane, Long> versions = new HashMap<>();
        Map<Pane, Long> shells = new LinkedHashMap<>();
        for (Session session : sessions.all()) {
            for (Window window : session.windows()) {
                Pane active = window.activePane();
                if (!window.automaticRename() || active == null || active.pid() <= 0) continue;
                versions.put(active, active.version());
                boolean printed = !Long.valueOf(active.version()).equals(versionsBefore.get(active));
                anyPrinted |= printed;
                if (everyPane || printed) shells.put(active, active.pid());
            }
        }
        versionsBefore = versionsLast;
        versionsLast = versions;
        if (anyPrinted) {
            tickSoon();
        } else {
            long left = FULL_CHECK_MILLIS - (now - lastFullCheckNanos) / 1_000_000L;
            next = loop.schedule(Math.max(RENAME_INTERVAL_MILLIS, left), this::renameTick);
        }
        if (shells.isEmpty()) return;
        renaming = true;
        blockingWork.offLoop(() -> {
            Map<Pane, FormatServer.Foreground> programs = new LinkedHashMap<>();
            shells.forEach((pane, pid) -> programs.put(pane, foregroundPrograms.ofShell(pid)));
            return programs;
        }, programs -> {
            renaming = false;
            programs.forEach(this::renameAutomatically);
        }, failure -> {
            renaming = false;
            LOG.debug("automatic-rename: {}", failure.toString());
        });
    }

    /**
     * Only if the pane is still its window's active one, and the window still named automatically:
     * its format is expanded for the pane, with the program just read as #{pane_current_command}.
     */
    private void renameAutomatically(Pane pane, FormatServer.Foreground program) {
        Window window = pane.window();
        if (program.command().isEmpty() || pane.isEnded() || window.activePane() != pane || !window.automaticRename()) return;
        String format = window.options().string("automatic-rename-format");
        window.renameAutomatically(FormatContext.of(new KnownForeground(formats, pane, program), pane).expand(format));
    }
}
