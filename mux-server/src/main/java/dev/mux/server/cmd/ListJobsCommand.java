package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.model.Winlink;
import dev.mux.server.stop.Job;
import dev.mux.server.stop.ProcInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * list-jobs: every process of every pane (of the target session with -t), with its state, its
 * process group and whether that group is the terminal's foreground: what a stop would wait for.
 * Processes that left the pane's session (setsid, daemons) are found by the pane's MUX variables.
 * A window in several sessions is listed once, at its first place among the sessions listed.
 */
final class ListJobsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-jobs", "lsj", "t:", 0, 0,
            "[-t target-session]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), ListJobsCommand::run);
    private static final String FORMAT = "%-12s %-5s %7s %7s %-9s %-3s %s";

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target only = args.target();
        List<Session> sessions = only != null ? List.of(only.session()) : context.sessions().all();
        List<Pane> panes = new ArrayList<>();
        Map<Pane, Winlink> places = new HashMap<>();
        for (Session session : sessions) {
            for (Winlink link : session.winlinks()) {
                for (Pane pane : link.window().panes()) {
                    if (places.putIfAbsent(pane, link) == null) panes.add(pane);
                }
            }
        }
        context.out().print(String.format(FORMAT, "PANE", "ID", "PID", "PGRP", "STATE", "FG", "COMMAND"));
        for (Job job : context.stops().jobs(panes)) {
            Pane pane = job.pane();
            Window window = pane.window();
            Winlink link = places.get(pane);
            String place = link.session().name() + ":" + link.index() + "."
                    + (window.panes().indexOf(pane) + window.options().number("pane-base-index"));
            ProcInfo process = job.process();
            context.out().print(String.format(FORMAT, place, "%" + pane.id(), process.pid(), process.pgrp(),
                    process.state().label(), process.isForeground() ? "yes" : "", job.command()));
        }
        return CommandResult.DONE;
    }
}
