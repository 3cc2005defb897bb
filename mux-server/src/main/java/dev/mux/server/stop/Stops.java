package dev.mux.server.stop;

import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stop requests on the event loop. Each request stops some panes at once (a session, the
 * server); its panes' state machines are driven by two kinds of event: a poll of /proc, soon after
 * the start and then less often (a process's exit reaches Java only for the JVM's own children),
 * and each pane's deadline timer. When a request's last pane is done, its report goes to whoever
 * asked and to the log.
 */
public final class Stops {
    private static final Logger LOG = LoggerFactory.getLogger(Stops.class);
    /** Most processes end within milliseconds of a hangup; look early, then back off to this. */
    private static final long FIRST_POLL_MILLIS = 5;
    private static final long LONGEST_POLL_MILLIS = 100;

    private final EventLoop loop;
    private final String serverPrefix;
    private final ProcessTable processes = new ProcessTable();
    private final List<Request> active = new ArrayList<>();
    private final List<Runnable> idleActions = new ArrayList<>();
    private EventLoop.Timer poll;
    private long pollMillis = FIRST_POLL_MILLIS;

    /** {@code serverPrefix} is how this server's {@code MUX} variable starts: see {@link PaneIdentity}. */
    public Stops(EventLoop loop, String serverPrefix) {
        this.loop = loop;
        this.serverPrefix = serverPrefix;
    }

    /** Every process of each pane, from one look at /proc, for list-jobs. */
    public List<Job> jobs(List<Pane> panes) {
        ProcSnapshot snapshot = processes.snapshot();
        List<Job> jobs = new ArrayList<>();
        for (Pane pane : panes) {
            for (ProcInfo process : snapshot.of(PaneIdentity.of(pane, serverPrefix))) {
                jobs.add(new Job(pane, process, processes.commandLine(process.pid())));
            }
        }
        return jobs;
    }

    /** Stops the panes with their sessions' settings; {@code done} gets the report on the loop thread. */
    public void stopPanes(List<Pane> panes, String why, Consumer<StopReport> done) {
        List<StopTarget> targets = new ArrayList<>();
        for (Pane pane : panes) {
            targets.add(PaneTarget.of(pane, StopSettings.from(pane.window().session().options()), serverPrefix));
        }
        stop(targets, why, done);
    }

    /**
     * A pane's shell ended by itself: its leftover processes (jobs the shell did not take with it)
     * are stopped as the pane's own stop. (A pane this class stops is marked ended first, so its
     * end is not reported here.)
     */
    public void paneEnded(Pane pane) {
        stopPanes(List.of(pane), "shell of %" + pane.id() + " exited", report -> {});
    }

    public void stop(List<StopTarget> targets, String why, Consumer<StopReport> done) {
        ProcSnapshot snapshot = processes.snapshot();
        long now = System.nanoTime();
        Request request = new Request(why, now, done);
        for (StopTarget target : targets) request.panes.add(new PaneStop(target, processes, snapshot, now));
        active.add(request);
        for (PaneStop pane : request.panes) armDeadline(request, pane);
        finishDone();
        pollSoon();
    }

    public boolean isIdle() {
        return active.isEmpty();
    }

    /** Runs {@code action} once no stop is running: now, or when the last one finishes. */
    public void whenIdle(Runnable action) {
        if (isIdle()) {
            action.run();
        } else {
            idleActions.add(action);
        }
    }

    private void armDeadline(Request request, PaneStop pane) {
        if (pane.isDone()) return;
        long delayMillis = Math.max(0, (pane.deadlineNanos() - System.nanoTime() + 999_999) / 1_000_000);
        request.deadlines.add(loop.schedule(delayMillis, () -> deadlinePassed(request, pane)));
    }

    private void deadlinePassed(Request request, PaneStop pane) {
        if (pane.isDone()) return;
        pane.timedOut(processes.snapshot(), System.nanoTime());
        armDeadline(request, pane);
        finishDone();
        pollSoon();
    }

    private void pollSoon() {
        if (active.isEmpty()) return;
        if (poll != null) poll.cancel();
        pollMillis = FIRST_POLL_MILLIS;
        poll = loop.schedule(pollMillis, this::pollNow);
    }

    private void pollNow() {
        poll = null;
        ProcSnapshot snapshot = processes.snapshot();
        long now = System.nanoTime();
        for (Request request : active) {
            for (PaneStop pane : request.panes) pane.observe(snapshot, now);
        }
        finishDone();
        if (!active.isEmpty()) {
            pollMillis = Math.min(pollMillis * 2, LONGEST_POLL_MILLIS);
            poll = loop.schedule(pollMillis, this::pollNow);
        }
    }

    private void finishDone() {
        for (Request request : new ArrayList<>(active)) {
            if (request.panes.stream().allMatch(PaneStop::isDone)) {
                active.remove(request);
                request.finish();
            }
        }
        if (active.isEmpty()) {
            if (poll != null) poll.cancel();
            poll = null;
            List<Runnable> actions = new ArrayList<>(idleActions);
            idleActions.clear();
            actions.forEach(Runnable::run);
        }
    }

    /** One stop request: its panes and who waits for the report. */
    private static final class Request {
        private final String why;
        private final long startNanos;
        private final Consumer<StopReport> done;
        private final List<PaneStop> panes = new ArrayList<>();
        /** Cancelled when the request finishes, so its panes (and their screens) are let go now, not at the deadline. */
        private final List<EventLoop.Timer> deadlines = new ArrayList<>();

        Request(String why, long startNanos, Consumer<StopReport> done) {
            this.why = why;
            this.startNanos = startNanos;
            this.done = done;
        }

        void finish() {
            deadlines.forEach(EventLoop.Timer::cancel);
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            StopReport report = new StopReport(why, panes.stream().map(PaneStop::report).toList(), millis);
            log(report);
            done.accept(report);
        }

        private static void log(StopReport report) {
            boolean anyProcess = report.panes().stream().anyMatch(p -> !p.processes().isEmpty());
            if (!anyProcess) return;
            for (String line : report.lines()) LOG.info("{}", line);
            for (String line : report.holdupLines()) LOG.warn("{}", line);
        }
    }
}
