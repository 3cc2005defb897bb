package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * set-option and show-options against tmux 3.3a as the oracle: a tmux server and a mux server,
 * each with an empty configuration and the same environment, get the same commands in the same
 * order, and must print the same bytes and exit with the same status. mux's own stop options,
 * which tmux does not have, are the one difference allowed: their lines are left out of mux's
 * listings before comparing.
 */
class OptionsDifferentialTest {
    /** mux's own options (StandardOptions.MUX_OPTIONS), which show -g lists among tmux's. */
    private static final Set<String> MUX_OWN = Set.of("kill-mode", "kill-signal", "send-sighup", "send-sigkill",
            "final-kill-signal", "timeout-stop-sec",
            "resurrect", "snapshot", "snapshot-history");

    @TempDir
    Path scratch;
    private MuxHarness mux;
    private Path tmuxSocket;

    @BeforeEach
    void startBoth() throws Exception {
        mux = MuxHarness.create(scratch);
        tmuxSocket = scratch.resolve("tmux.sock");
        both("new-session", "-d", "-s", "opt");
    }

    @AfterEach
    void stopBoth() {
        tmux("kill-server");
        mux.close();
    }

    @Test
    void theDefaultListingsOfEveryScopeAreTmuxs() {
        both("show-options", "-s");
        both("show-options", "-g");
        both("show-options", "-gw");
        both("show-window-options", "-g");
        both("show", "-gH");
        both("show", "-A");
        both("show", "-wA");
        both("show", "-pA");
        both("show", "-w");
        both("show", "-p");
        both("show");
        valuesAlike();
    }

    @Test
    void singleOptionsAndTheirErrorsAreTmuxs() {
        both("show", "-g", "status-left");
        both("show", "-gv", "status-right");
        both("show", "-gqv", "nonexistent");
        both("show", "-g", "nonexistent");
        both("show", "-g", "stat");
        both("show", "-g", "status-format[1]");
        both("show", "-g", "base-index[0]");
        both("show", "-s", "command-alias");
        both("show", "-gw", "clock-mode-color");
        both("show", "-A", "history-limit");
        both("set", "-g", "base-index", "x");
        both("set", "-g", "base-index", "-1");
        both("set", "-g", "base-index", "99999999999");
        both("set", "-g", "base-index[0]", "1");
        both("set", "-g", "status-style", "bogus=1");
        both("set", "-g", "status-bg", "colour300");
        both("set", "-g", "prefix", "bogus");
        both("set", "-g", "default-size", "10");
        both("set", "-g", "status-bg");
        both("set", "-g", "win", "x");
        both("set", "-t", "nosuch", "status", "off");
        both("show", "-t", "nosuch");
        both("show", "-w", "-t", "nosuch");
        both("set", "-q", "-t", "nosuch", "status", "off");
        both("setw", "-t", "nosuch", "mode-keys", "vi");
        both("set", "-p", "-t", "nosuch", "@x", "1");
    }

    @Test
    void settingAndUnsettingShowAsInTmux() {
        both("set", "-g", "base-index", "1");
        both("show", "-g", "base-index");
        both("set", "-gu", "base-index");
        both("show", "-g", "base-index");
        both("set", "-g", "status");
        both("show", "-g", "status");
        both("set", "-g", "mouse");
        both("show", "-gv", "mouse");
        both("set", "-g", "prefix", "^A");
        both("set", "-g", "prefix2", "M-F1");
        both("show", "-g", "prefix");
        both("show", "-g", "prefix2");
        both("set", "-g", "status-bg", "91");
        both("show", "-g", "status-bg");
        both("set", "-g", "status-fg", "dark blue");
        both("show", "-g", "status-fg");
        both("set", "-g", "status-fg", "grey50");
        both("show", "-g", "status-fg");
        both("set", "-g", "status-fg", "gray");
        both("show", "-g", "status-fg");
        both("set", "-g", "status-fg", "grey101");
        both("set", "-ga", "status-style", "bold,fg=RebeccaPurple");
        both("show", "-g", "status-style");
        both("set", "-ga", "terminal-overrides", ",xterm*:Tc");
        both("set", "-as", "terminal-overrides", "screen*:RGB");
        both("set", "-s", "terminal-overrides[9]", "x");
        both("show", "-s", "terminal-overrides");
        both("set", "-su", "terminal-overrides[9]");
        both("show", "-s", "terminal-overrides");
        both("set", "-g", "update-environment", "A B,C");
        both("show", "-g", "update-environment");
        both("set", "-g", "status-left", "#S $HOME 'x'");
        both("show", "-g", "status-left");
        both("set", "-t", "opt", "status-right", "");
        both("show", "-t", "opt");
        both("show", "-v", "status-right");
        both("set", "-o", "-t", "opt", "status-right", "y");
        both("set", "-oq", "-t", "opt", "status-right", "y");
        both("set", "-t", "opt", "-u", "status-right");
        both("show", "-t", "opt");
        both("show", "-g");
        both("show", "-s");
    }

    @Test
    void windowAndPaneOptionsInheritAsInTmux() {
        both("setw", "-g", "mode-keys", "vi");
        both("show", "-gw", "mode-keys");
        both("set", "-w", "mode-keys", "emacs");
        both("show", "-w");
        both("showw");
        both("showw", "-v", "mode-keys");
        both("set", "-g", "window-size", "smallest");
        both("show", "-w");
        both("show", "-gw", "window-size");
        both("set", "-p", "remain-on-exit", "on");
        both("set", "-p", "mode-keys", "vi");
        both("show", "-p");
        both("show", "-pA");
        both("show", "-wA", "remain-on-exit");
        both("show", "-pA", "remain-on-exit");
        both("setw", "-u", "mode-keys");
        both("set", "-U", "remain-on-exit");
        both("show", "-p");
        both("setw", "-g", "pane-colours", "red blue");
        both("show", "-gw", "pane-colours");
        both("show", "-w", "pane-colours");
        both("show", "-wA", "pane-colours");
    }

    @Test
    void userOptionsAreTmuxs() {
        both("show", "-g", "@foo");
        both("show", "-gq", "@foo");
        both("set", "-g", "@foo");
        both("set", "-g", "@foo", "bar");
        both("show", "-g", "@foo");
        both("set", "-ga", "@foo", "baz");
        both("show", "-gv", "@foo");
        both("set", "-go", "@foo", "x");
        both("set", "-g", "@quoted", "two words");
        both("set", "-s", "@server", "s");
        both("set", "-gw", "@window", "w");
        both("set", "@session", "here");
        both("set", "-w", "@win", "1");
        both("set", "-p", "@pane", "2");
        both("show", "-g");
        both("show", "-s");
        both("show", "-gw");
        both("show");
        both("show", "-w");
        both("show", "-p");
        both("show", "-w", "@window");
        both("show", "-gw", "@window");
        both("show", "-A", "@foo");
        both("set", "-gu", "@foo");
        both("set", "-gu", "@nothere");
        both("show", "-gv", "@foo");
        both("set", "-g", "@arr[1]", "x");
        both("set", "-F", "@fmt", "#{session_name}");
        both("show", "@fmt");
    }

    /** The option lines a typical ~/.tmux.conf has load on both without an error and show alike. */
    @Test
    void aTypicalTmuxConfLoadsAndShowsAsInTmux() throws Exception {
        Path conf = scratch.resolve("tmux.conf");
        Files.writeString(conf, String.join("\n",
                "set -g base-index 1",
                "setw -g pane-base-index 1",
                "set -g default-terminal \"screen-256color\"",
                "set -ga terminal-overrides \",xterm-256color:Tc\"",
                "set -sg escape-time 0",
                "set -g status-interval 5",
                "set -g status-position top",
                "set -g status-style 'bg=#333333 fg=#5eacd3'",
                "set -g status-left '#[fg=green]#S '",
                "set -g status-right '#[fg=yellow]%H:%M #[default]'",
                "set -g status-left-length 30",
                "set -g status-justify centre",
                "set -g renumber-windows on",
                "set -g set-titles on",
                "set -g set-titles-string '#T'",
                "set -g focus-events on",
                "set -g display-time 4000",
                "set -g history-limit 50000",
                "set -g mouse on",
                "set -g prefix C-a",
                "setw -g mode-keys vi",
                "setw -g monitor-activity on",
                "set -g visual-activity off",
                "setw -g automatic-rename on",
                "setw -g window-status-current-style 'fg=black bg=red bold'",
                "set -g pane-border-style fg=colour238",
                "set -g pane-active-border-style 'fg=colour51'",
                "set -g message-style 'fg=colour232 bg=colour166 bold'",
                "setw -g clock-mode-colour colour135",
                "set -g update-environment \"DISPLAY SSH_AUTH_SOCK\"",
                "set -g word-separators ' @\"=()[]'",
                "set -g allow-rename off",
                "set -g @plugin 'tmux-plugins/tpm'",
                "set -g @continuum-restore 'on'",
                "set -gq @missing-option x",
                ""));
        both("source-file", conf.toString());
        both("show", "-g");
        both("show", "-s");
        both("show", "-gw");
        both("show");
        both("show", "-w");
    }

    /** base-index takes effect: windows made without an index start there, as in tmux. */
    @Test
    void newWindowsStartAtTheBaseIndex() {
        both("set", "-g", "base-index", "3");
        both("new-window", "-d", "-t", "opt");
        both("new-session", "-d", "-s", "based");
        both("new-window", "-d", "-t", "based");
        both("list-windows", "-a", "-F", "#{session_name}:#{window_index}");
    }

    /** renumber-windows takes effect: closing a window closes the gap in the indexes, as in tmux. */
    @Test
    void windowsAreRenumberedWhenOneCloses() {
        both("set", "-g", "renumber-windows", "on");
        both("new-window", "-d", "-t", "opt");
        both("new-window", "-d", "-t", "opt");
        both("new-window", "-d", "-t", "opt");
        both("kill-window", "-t", "opt:1");
        String[] list = {"list-windows", "-t", "opt", "-F", "#{window_index}"};
        String expected = tmux(list).ok().out();
        assertEquals("0\n1\n2\n", expected, "tmux renumbered");
        Poll.until("mux to renumber as tmux did", () -> mux.mux(list).ok().out(), expected::equals);
    }

    /** show -gv against tmux, less the values of mux's own options (found by their place in show -g). */
    private void valuesAlike() {
        List<String> names = lines(mux.mux("-f", "/dev/null", "show", "-g").ok().out());
        List<String> values = lines(mux.mux("-f", "/dev/null", "show", "-gv").ok().out());
        assertEquals(names.size(), values.size(), "show -g and show -gv line up");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (!isMuxOwn(names.get(i))) kept.append(values.get(i)).append('\n');
        }
        assertEquals(tmux("show", "-gv").ok().out(), kept.toString());
    }

    /** Runs the command on both servers and checks that they agree. */
    private void both(String... args) {
        Run expected = tmux(args);
        List<String> muxArgs = new ArrayList<>(List.of("-f", "/dev/null"));
        muxArgs.addAll(List.of(args));
        Run actual = mux.mux(muxArgs.toArray(String[]::new));
        String what = String.join(" ", args);
        assertEquals(expected.err(), actual.err(), what + ": error output");
        assertEquals(expected.out(), withoutMuxOwn(actual.out()), what + ": output");
        assertEquals(expected.status(), actual.status(), what + ": exit status");
    }

    private Run tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", tmuxSocket.toString(), "-f", "/dev/null"));
        command.addAll(List.of(args));
        return mux.run(command);
    }

    private static String withoutMuxOwn(String out) {
        StringBuilder kept = new StringBuilder();
        for (String line : lines(out)) {
            if (!isMuxOwn(line)) kept.append(line).append('\n');
        }
        return kept.toString();
    }

    private static boolean isMuxOwn(String line) {
        String name = line.split("[* ]", 2)[0];
        return MUX_OWN.contains(name);
    }

    private static List<String> lines(String out) {
        return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
}
