package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every form of target, given to tmux 3.3a and to mux with the same sessions, windows and panes:
 * what each prints on error and its exit status must agree. The forms are chosen so that neither
 * answer depends on which session is current (tmux picks it by the last output seen).
 */
class TargetResolutionTest {
    /** sac1 has windows 0 (split in two) and 1, sac2 and other one window each: ids $0-$2, @0-@3, %0-%4. */
    private static final List<List<String>> SETUP = List.of(
            List.of("new-session", "-d", "-s", "sac1", "-x", "80", "-y", "24"),
            List.of("new-session", "-d", "-s", "sac2", "-x", "80", "-y", "24"),
            List.of("new-session", "-d", "-s", "other", "-x", "80", "-y", "24"),
            List.of("new-window", "-d", "-t", "sac1:1"),
            List.of("split-window", "-d", "-t", "sac1:0"));

    /** Forms that fail or succeed the same whatever the current session is. */
    private static final List<String> FORMS = List.of(
            "%999999999999", ":::", "@999", "=", "~", "{mouse}", "{marked}", "sac1:99", "sa", "sac", "sac1",
            "=sac", "=sac1", "sac1:0.5", "sac1:0.1", "$0", "$2", "$99", "$x", "$", "$4294967296", "sac1:", "sac1:.",
            "s?c1", "sac*", "nosuch", "nosuch:0", "sac1:{last}", "sac1:+", "sac1:!", "sac2:!", "sac1:^", "sac1:$",
            "sac1:=0", "sac1:=1x", "@0", "@3", "@", "%4", "%0", "%", "sac1:%4", "sac2:%4", "sac1:0.%4",
            "sac1:1.%4", "sac1:@3", "sac2:@3", "sac1:0.top", "sac1:0.{bottom}", "sac1:0.nope", "sac1:0.!",
            "sac1:1.!", "sac1:+5", "sac1:-1", "sac1: 1", "sac1:0. 1", "sac1:0.+1", "sac1:0.4294967296",
            "sac1:4294967296", "other.0", "other.5", "nosuch.0", "99.0", "@3.0", "@3.1", "sac1.nope");

    @TempDir
    Path scratch;

    @Test
    void everyTargetFormResolvesAsInTmux() throws Exception {
        String tmuxSocket = "mux-targets-" + ProcessHandle.current().pid();
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            try {
                for (List<String> step : SETUP) {
                    mux.mux(step.toArray(String[]::new)).ok();
                    tmux(mux, tmuxSocket, step).ok();
                }
                List<String> differences = new ArrayList<>();
                for (String form : FORMS) {
                    compare(mux, tmuxSocket, form, differences, "has-session", "-t", form);
                    compare(mux, tmuxSocket, form, differences, "list-panes", "-t", form, "-F",
                            "#{session_name}:#{window_index}.#{pane_index}");
                    compare(mux, tmuxSocket, form, differences, "capture-pane", "-p", "-t", form);
                }
                for (String form : List.of("sac1:0.1", "%4", "nosuch:", "sac1:-5", "=", "sac1:@2")) {
                    compare(mux, tmuxSocket, form, differences, "new-window", "-d", "-t", form);
                }
                assertEquals(List.of(), differences);
            } finally {
                tmux(mux, tmuxSocket, List.of("kill-server"));
            }
        }
    }

    /** A target that names nothing, or only part of what it says, must not end the session it fell back to. */
    @Test
    void killSessionWithATargetThatNamesNothingKillsNothing() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch)) {
            for (List<String> step : SETUP) mux.mux(step.toArray(String[]::new)).ok();
            for (String form : List.of("%999999999999", ":::", "@999", "=", "sac1:99", "sac1:0.9")) {
                Run killed = mux.mux("kill-session", "-t", form);
                assertEquals(1, killed.status(), killed.toString());
            }
            assertEquals("other\nsac1\nsac2\n", mux.mux("ls", "-F", "#{session_name}").ok().out());
        }
    }

    private static void compare(MuxHarness mux, String tmuxSocket, String form, List<String> differences,
                                String... command) {
        Run ours = mux.mux(command);
        Run theirs = tmux(mux, tmuxSocket, List.of(command));
        boolean listing = command[0].equals("list-panes");
        if (ours.status() != theirs.status() || !ours.err().equals(theirs.err())
                || listing && !ours.out().equals(theirs.out())) {
            differences.add(command[0] + " -t '" + form + "': mux " + ours.status() + " " + (listing ? ours.out() : "")
                    + ours.err().strip() + " | tmux " + theirs.status() + " " + (listing ? theirs.out() : "")
                    + theirs.err().strip());
        }
    }

    private static Run tmux(MuxHarness mux, String socket, List<String> args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(args);
        return mux.run(command);
    }
}
