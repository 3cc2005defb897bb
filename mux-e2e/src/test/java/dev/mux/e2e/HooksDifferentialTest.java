package dev.mux.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hooks held to tmux 3.3a: set-hook and show-hooks (flags, errors, the printed form of a hook's
 * commands), and which hooks run when, in which order and with which formats. Each hook appends
 * a line to a user option, which both servers then show.
 */
class HooksDifferentialTest {
    /** Hooks whose every run leaves its name and what it is about in @log. */
    private static final List<String> LOGGED = List.of("after-new-window", "after-split-window",
            "after-select-pane", "after-select-window", "after-rename-window", "after-kill-pane",
            "after-resize-pane", "after-new-session", "window-linked", "window-unlinked", "session-created",
            "session-closed", "session-renamed", "window-renamed", "session-window-changed", "pane-exited",
            "pane-died");

    @TempDir
    Path scratch;

    @Test
    void hooksRunWhenAndAsTmuxRunsThem() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "exec sleep 600");
            // Names that change as programs start would make the log depend on timing.
            twins.same("set", "-wg", "automatic-rename", "off");
            for (String hook : LOGGED) {
                twins.same("set-hook", "-g", hook,
                        "set -gaF @log '#{hook} #{hook_session_name} #{hook_window_name} #{hook_pane} @ "
                                + "#{session_name}:#{window_index}.#{pane_index}|'");
            }
            twins.same("set-hook", "-g", "after-new-window",
                    "set -gF @args '#{hook_arguments} / #{hook_flag_n} / #{hook_flag_d} / #{hook_argument_0}'");
            twins.same("set-hook", "-ga", "after-new-window", "set -gaF @log 'second #{hook}|'");
            twins.same("show-hooks", "-g");
            List<List<String>> steps = List.of(
                    List.of("new-window", "-d", "-n", "two", "exec sleep 600"),
                    List.of("show", "-gv", "@args"),
                    List.of("split-window", "-d", "-t", "a:1", "exec sleep 600"),
                    List.of("select-pane", "-t", "a:1.1"),
                    List.of("resize-pane", "-t", "a:1.1", "-L", "2"),
                    List.of("select-window", "-t", "a:1"),
                    List.of("rename-window", "-t", "a:1", "renamed"),
                    List.of("rename-session", "-t", "a", "b"),
                    List.of("new-session", "-d", "-s", "c", "exec sleep 600"),
                    List.of("kill-session", "-t", "c"),
                    List.of("kill-pane", "-t", "b:1.1"),
                    List.of("kill-window", "-t", "b:1"));
            for (List<String> step : steps) {
                twins.same(step.toArray(String[]::new));
                twins.same("show", "-gv", "@log");
            }
            twins.same("set", "-g", "remain-on-exit", "on");
            openWindowWhosePaneDies(twins);
            for (Function<String[], Run> server : List.<Function<String[], Run>>of(twins::tmux, twins::mux)) {
                Poll.until("pane-died", () -> server.apply(new String[] {"show", "-gv", "@log"}).out(),
                        log -> log.contains("pane-died"));
            }
            twins.same(log -> log.replaceAll("%[0-9]+", "%N"), "show", "-gv", "@log");
            twins.same("set", "-g", "remain-on-exit", "off");
            twins.same("respawn-pane", "-k", "-t", "b:ends", "exit 0");
            twins.sameOnce(log -> log.contains("pane-exited"), "show", "-gv", "@log");
        }
    }

    /**
     * Opens window "ends", whose program exits at once, on both servers with an empty @log. tmux
     * 3.3a now and then never reaps such a pane's process, so the pane never dies and no pane-died
     * runs (16 of 100 windows in a loop; its -vv log has the pane's read error but no exit): on
     * tmux, a window whose pane is not dead within a few seconds is killed and opened again.
     */
    private static void openWindowWhosePaneDies(TwinServers twins) {
        for (int attempt = 1; ; attempt++) {
            twins.tmux("set", "-g", "@log", "");
            twins.tmux("new-window", "-d", "-n", "ends", "exit 3");
            try {
                Poll.until("tmux's pane to die", Duration.ofSeconds(3),
                        () -> twins.tmux("display", "-p", "-t", "b:ends", "#{pane_dead}").out(),
                        dead -> dead.equals("1\n"));
                break;
            } catch (AssertionError missed) {
                if (attempt == 5) throw missed;
                twins.tmux("kill-window", "-t", "b:ends");
            }
        }
        twins.mux("set", "-g", "@log", "");
        twins.mux("new-window", "-d", "-n", "ends", "exit 3");
    }

    @Test
    void titlesSizesBellsAndTheClipboardRunTheirHooks() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "-n", "w", "-x", "80", "-y", "24", "exec sleep 600");
            twins.same("set", "-wg", "automatic-rename", "off");
            twins.same("set", "-s", "set-clipboard", "on");
            for (String hook : List.of("pane-title-changed", "window-resized", "alert-bell", "pane-set-clipboard")) {
                twins.same("set-hook", "-g", hook,
                        "set -gaF @log '#{hook} #{hook_session_name} #{hook_window_name} #{hook_pane}|'");
            }
            twins.same("new-window", "-d", "-n", "titled", "printf '\\033]2;hello\\033\\\\'; exec sleep 600");
            twins.sameOnce(log -> log.contains("pane-title-changed"), "show", "-gv", "@log");
            twins.same("select-pane", "-t", "a:0", "-T", "set by hand");
            twins.sameOnce(log -> log.split("pane-title-changed").length > 2, "show", "-gv", "@log");
            twins.same("resize-window", "-t", "a:0", "-x", "60", "-y", "20");
            twins.sameOnce(log -> log.contains("window-resized"), "show", "-gv", "@log");
            twins.same("new-window", "-d", "-n", "rings", "printf '\\a'; exec sleep 600");
            twins.sameOnce(log -> log.contains("alert-bell"), "show", "-gv", "@log");
            twins.same("new-window", "-d", "-n", "copies", "printf '\\033]52;c;aGVsbG8=\\a'; exec sleep 600");
            twins.sameOnce(log -> log.contains("pane-set-clipboard"), "show", "-gv", "@log");
            twins.same("show-buffer");
        }
    }

    @Test
    void setHookAndShowHooksAnswerAsTmux() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            twins.same("new-session", "-d", "-s", "a", "exec sleep 600");
            twins.same("set-hook", "-g", "after-select-pane", "display  -p  'hi there' ; list-keys -T root");
            twins.same("set-hook", "-ag", "after-select-pane", "run -b 'true'");
            twins.same("set-hook", "-g", "after-select-pane[5]", "kill-server");
            twins.same("show-hooks", "-g", "after-select-pane");
            twins.same("set-hook", "-gu", "after-select-pane[5]");
            twins.same("show-hooks", "-g");
            twins.same("show-hooks");
            twins.same("show-hooks", "-w");
            twins.same("show-hooks", "-g", "status");
            twins.same("set-hook", "-g", "no-such-hook", "list-keys");
            twins.same("set-hook", "-g", "after-select-pane", "no-such-command");
            twins.same("show-hooks", "-g", "after-select-pane");
            twins.same("set-hook", "-t", "nosuch", "after-select-pane", "list-keys");
            twins.same("set-hook");
            twins.same("show-hooks", "-x");
            twins.same("set-hook", "-p", "-t", "a:0.0", "pane-focus-in", "display -p x");
            twins.same("show-hooks", "-p", "-t", "a:0.0");
            twins.same("set-hook", "-w", "-t", "a:0", "window-renamed", "display -p y");
            twins.same("show-hooks", "-w", "-t", "a:0");
            twins.same("set-hook", "session-renamed", "set -g @renamed yes");
            twins.same("show-hooks", "-t", "a");
            twins.same("set-hook", "-R", "session-renamed");
            twins.same("show", "-gv", "@renamed");
            twins.same("set-hook", "-gu", "session-renamed");
            twins.same("set-hook", "-u", "session-renamed");
            twins.same("show-hooks");
        }
    }
}
