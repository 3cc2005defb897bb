package dev.mux.server.cmd;

import java.util.ArrayList;
import java.util.List;

/** What kill-pane, kill-window and kill-session end: the target, or with -a every other one beside it. */
final class KillChoice {
    private KillChoice() {}

    static <T> List<T> of(ParsedArgs args, T target, List<T> all) {
        if (!args.has('a')) return List.of(target);
        List<T> others = new ArrayList<>(all);
        others.remove(target);
        return others;
    }
}
