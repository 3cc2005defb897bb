package dev.mux.server;

import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.Stopping;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.stop.Job;
import dev.mux.server.stop.StopReport;
import dev.mux.server.stop.Stops;
import java.util.List;

/** A kill command's stop, whose reply waits for the stop: the processes that held it up, then the exit status. */
final class StopReply implements Stopping {
    private final ServerStop serverStop;
    private final Stops stops;
    private final Reply reply;

    StopReply(ServerStop serverStop, Stops stops, Reply reply) {
        this.serverStop = serverStop;
        this.stops = stops;
        this.reply = reply;
    }

    @Override
    public CommandResult killPanes(List<Pane> panes) {
        serverStop.killPanes(panes, this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public CommandResult killWindows(List<Window> windows) {
        serverStop.killWindows(windows, this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public CommandResult killSessions(List<Session> ended) {
        serverStop.killSessions(ended, "kill-session", this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public void endUnlinked(List<Window> windows) {
        serverStop.killWindows(windows, report -> {});
    }

    @Override
    public CommandResult killServer() {
        serverStop.shutdown("kill-server", this::stopped);
        return CommandResult.PENDING;
    }

    @Override
    public List<Job> jobs(List<Pane> panes) {
        return stops.jobs(panes);
    }

    private void stopped(StopReport report) {
        report.holdupLines().forEach(reply::error);
        reply.finish(report.leftSurvivors() ? 1 : 0);
    }
}
