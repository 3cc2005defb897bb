package dev.mux.server.options;

import static dev.mux.server.options.OptionDefinition.array;
import static dev.mux.server.options.OptionDefinition.choice;
import static dev.mux.server.options.OptionDefinition.colour;
import static dev.mux.server.options.OptionDefinition.flag;
import static dev.mux.server.options.OptionDefinition.key;
import static dev.mux.server.options.OptionDefinition.number;
import static dev.mux.server.options.OptionDefinition.string;
import static dev.mux.server.options.OptionDefinition.style;
import static dev.mux.server.options.OptionScope.SERVER;
import static dev.mux.server.options.OptionScope.SESSION;
import static dev.mux.server.options.OptionScope.WINDOW;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every option mux knows, one row each, in tmux 3.3a's table order (show-options lists them so):
 * tmux's server and session options here, the window and pane options in {@link WindowOptions},
 * the hooks in {@link HookOptions}, and mux's own stop options (systemd.kill(5)'s settings) after
 * the session options. Names, types, defaults, ranges and choices are tmux's interface; the table
 * is also man/mux.conf.5's checklist. Defaults that tmux takes from the environment at start
 * (default-shell, editor, and vi keys for an editor named vi) are taken from it here.
 */
public final class StandardOptions {
    /** Signals systemd.kill(5) settings may name (SIGCONT always follows anyway, so it is not one). */
    public static final List<String> SIGNALS =
            List.of("SIGHUP", "SIGINT", "SIGQUIT", "SIGABRT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGTERM");
    /** kill-signal's extra value: hang the terminal up, as a closing terminal does. */
    public static final String HANGUP = "hangup";
    /** The names of mux's own options, which tmux does not have. */
    public static final List<String> MUX_OPTIONS = List.of("kill-mode", "kill-signal", "send-sighup", "send-sigkill",
            "final-kill-signal", "timeout-stop-sec", "pane-scopes", "pane-memory-limit", "linger",
            "resurrect", "snapshot", "snapshot-history");
    /** linger's values: enable it while sessions need it, warn that they die at logout, or neither. */
    public static final List<String> LINGER = List.of("auto", "warn", "off");
    static final int INT_MAX = Integer.MAX_VALUE;
    static final int SHRT_MAX = Short.MAX_VALUE;
    static final int USHRT_MAX = 0xffff;
    static final List<String> KEYS = List.of("emacs", "vi");
    /** The longest stop timeout: an hour, as a bound on how long a stop can hold the server. */
    private static final int TIMEOUT_STOP_MAX_SEC = 3600;
    private static final List<String> ALERT_ACTIONS = List.of("none", "any", "current", "other");
    private static final List<String> VISUAL = List.of("off", "on", "both");
    private static final String STATUS_LEFT_AND_WINDOWS = "#[align=left range=left #{E:status-left-style}]"
            + "#[push-default]#{T;=/#{status-left-length}:status-left}#[pop-default]#[norange default]"
            + "#[list=on align=#{status-justify}]#[list=left-marker]<#[list=right-marker]>#[list=on]";
    private static final String WINDOW_ALERT_STYLES = "#{?#{&&:#{window_last_flag},"
            + "#{!=:#{E:window-status-last-style},default}}, #{E:window-status-last-style},}"
            + "#{?#{&&:#{window_bell_flag},#{!=:#{E:window-status-bell-style},default}}, "
            + "#{E:window-status-bell-style},#{?#{&&:#{||:#{window_activity_flag},#{window_silence_flag}},"
            + "#{!=:#{E:window-status-activity-style},default}}, #{E:window-status-activity-style},}}]";
    /** tmux's first status line: left part, window list (other windows, then the current one), right part. */
    private static final String STATUS_FORMAT_0 = STATUS_LEFT_AND_WINDOWS
            + "#{W:#[range=window|#{window_index} #{E:window-status-style}" + WINDOW_ALERT_STYLES
            + "#[push-default]#{T:window-status-format}#[pop-default]#[norange default]"
            + "#{?window_end_flag,,#{window-status-separator}},"
            + "#[range=window|#{window_index} list=focus #{?#{!=:#{E:window-status-current-style},default},"
            + "#{E:window-status-current-style},#{E:window-status-style}}" + WINDOW_ALERT_STYLES
            + "#[push-default]#{T:window-status-current-format}#[pop-default]#[norange list=on default]"
            + "#{?window_end_flag,,#{window-status-separator}}}"
            + "#[nolist align=right range=right #{E:status-right-style}]"
            + "#[push-default]#{T;=/#{status-right-length}:status-right}#[pop-default]#[norange default]";
    /** tmux's second status line, shown with status 2 or more: the panes of the window. */
    private static final String STATUS_FORMAT_1 = "#[align=centre]#{P:#{?pane_active,#[reverse],}"
            + "#{pane_index}[#{pane_width}x#{pane_height}]#[default] }";

    private StandardOptions() {}

    /** The most history lines a snapshot keeps per pane. */
    public static final int SNAPSHOT_HISTORY_MAX = 100_000;

    public static OptionTable table() {
        return table(System.getenv());
    }

    /** The table, with the defaults tmux derives from the environment taken from {@code environment}. */
    public static OptionTable table(Map<String, String> environment) {
        String editor = environment.getOrDefault("VISUAL", environment.get("EDITOR"));
        String keys = editor != null && editor.substring(editor.lastIndexOf('/') + 1).contains("vi") ? "vi" : "emacs";
        List<OptionDefinition> all = new ArrayList<>();
        all.addAll(server(editor == null ? "/usr/bin/vi" : editor));
        all.addAll(session(environment, keys));
        all.addAll(stop());
        all.addAll(systemd());
        all.addAll(snapshot());
        all.addAll(WindowOptions.definitions(keys));
        all.addAll(HookOptions.definitions());
        return new OptionTable(all);
    }

    private static List<OptionDefinition> server(String editor) {
        return List.of(
                key("backspace", SERVER, "C-?"),
                number("buffer-limit", SERVER, 50, 1, INT_MAX),
                array("command-alias", SERVER, OptionType.STRING, ",", List.of("split-pane=split-window",
                        "splitp=split-window", "server-info=show-messages -JT", "info=show-messages -JT",
                        "choose-window=choose-tree -w", "choose-session=choose-tree -s")),
                string("copy-command", SERVER, ""),
                // Window options, but among the server ones in tmux's table: show -gw lists them first.
                colour("cursor-colour", WINDOW, "none").alsoPerPane(),
                choice("cursor-style", WINDOW, "default", List.of("default", "blinking-block", "block",
                        "blinking-underline", "underline", "blinking-bar", "bar")).alsoPerPane(),
                string("default-terminal", SERVER, "tmux-256color"),
                string("editor", SERVER, editor),
                number("escape-time", SERVER, 500, 0, INT_MAX),
                flag("exit-empty", SERVER, true),
                flag("exit-unattached", SERVER, false),
                choice("extended-keys", SERVER, "off", List.of("off", "on", "always")),
                flag("focus-events", SERVER, false),
                string("history-file", SERVER, ""),
                number("message-limit", SERVER, 1000, 0, INT_MAX),
                number("prompt-history-limit", SERVER, 100, 0, INT_MAX),
                choice("set-clipboard", SERVER, "external", List.of("off", "external", "on")),
                array("terminal-overrides", SERVER, OptionType.STRING, ",", List.of()),
                array("terminal-features", SERVER, OptionType.STRING, ",",
                        List.of("xterm*:clipboard:ccolour:cstyle:focus:title", "screen*:title")),
                array("user-keys", SERVER, OptionType.STRING, ",", List.of()));
    }

    private static List<OptionDefinition> session(Map<String, String> environment, String keys) {
        return List.of(
                choice("activity-action", SESSION, "other", ALERT_ACTIONS),
                number("assume-paste-time", SESSION, 1, 0, INT_MAX),
                number("base-index", SESSION, 0, 0, INT_MAX),
                choice("bell-action", SESSION, "any", ALERT_ACTIONS),
                string("default-command", SESSION, ""),
                string("default-shell", SESSION, shell(environment)),
                string("default-size", SESSION, "80x24").matching("[0-9]*x[0-9]*"),
                flag("destroy-unattached", SESSION, false),
                choice("detach-on-destroy", SESSION, "on", List.of("off", "on", "no-detached")),
                colour("display-panes-active-colour", SESSION, "red"),
                colour("display-panes-colour", SESSION, "blue"),
                number("display-panes-time", SESSION, 1000, 1, INT_MAX),
                number("display-time", SESSION, 750, 0, INT_MAX),
                number("history-limit", SESSION, 2000, 0, INT_MAX),
                string("key-table", SESSION, "root"),
                number("lock-after-time", SESSION, 0, 0, INT_MAX),
                string("lock-command", SESSION, "lock -np"),
                style("message-command-style", SESSION, "bg=black,fg=yellow"),
                style("message-style", SESSION, "bg=yellow,fg=black"),
                flag("mouse", SESSION, false),
                key("prefix", SESSION, "C-b"),
                key("prefix2", SESSION, "None"),
                flag("renumber-windows", SESSION, false),
                number("repeat-time", SESSION, 500, 0, SHRT_MAX),
                flag("set-titles", SESSION, false),
                string("set-titles-string", SESSION, "#S:#I:#W - \"#T\" #{session_alerts}"),
                choice("silence-action", SESSION, "other", ALERT_ACTIONS),
                choice("status", SESSION, "on", List.of("off", "on", "2", "3", "4", "5")),
                colour("status-bg", SESSION, "default"),
                colour("status-fg", SESSION, "default"),
                array("status-format", SESSION, OptionType.STRING, null, List.of(STATUS_FORMAT_0, STATUS_FORMAT_1)),
                number("status-interval", SESSION, 15, 0, INT_MAX),
                choice("status-justify", SESSION, "left", List.of("left", "centre", "right", "absolute-centre")),
                choice("status-keys", SESSION, keys, KEYS),
                string("status-left", SESSION, "[#{session_name}] "),
                number("status-left-length", SESSION, 10, 0, SHRT_MAX),
                style("status-left-style", SESSION, "default"),
                choice("status-position", SESSION, "bottom", List.of("top", "bottom")),
                string("status-right", SESSION, "#{?window_bigger,[#{window_offset_x}#,#{window_offset_y}] ,}"
                        + "\"#{=21:pane_title}\" %H:%M %d-%b-%y"),
                number("status-right-length", SESSION, 40, 0, SHRT_MAX),
                style("status-right-style", SESSION, "default"),
                style("status-style", SESSION, "bg=green,fg=black"),
                array("update-environment", SESSION, OptionType.STRING, null, List.of("DISPLAY", "KRB5CCNAME",
                        "SSH_ASKPASS", "SSH_AUTH_SOCK", "SSH_AGENT_PID", "SSH_CONNECTION", "WINDOWID", "XAUTHORITY")),
                choice("visual-activity", SESSION, "off", VISUAL),
                choice("visual-bell", SESSION, "off", VISUAL),
                choice("visual-silence", SESSION, "off", VISUAL),
                string("word-separators", SESSION, "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"));
    }

    /** mux's own: how ending a pane treats its processes, in systemd.kill(5)'s terms. */
    private static List<OptionDefinition> stop() {
        List<String> killSignals = new ArrayList<>();
        killSignals.add(HANGUP);
        killSignals.addAll(SIGNALS);
        return List.of(
                choice("kill-mode", SESSION, "control-group", List.of("control-group", "mixed", "process", "none")),
                choice("kill-signal", SESSION, HANGUP, killSignals),
                flag("send-sighup", SESSION, false),
                flag("send-sigkill", SESSION, true),
                choice("final-kill-signal", SESSION, "SIGKILL", SIGNALS),
                number("timeout-stop-sec", SESSION, 5, 1, TIMEOUT_STOP_MAX_SEC));
    }

    /** mux's own: the panes' places in systemd, and linger. */
    private static List<OptionDefinition> systemd() {
        return List.of(
                flag("pane-scopes", SERVER, true),
                number("pane-memory-limit", SERVER, 0, 0, INT_MAX),
                choice("linger", SERVER, "warn", LINGER));
    }

    /** mux's own: the snapshot the server keeps, and what a new server does with one a server that is gone left. */
    private static List<OptionDefinition> snapshot() {
        return List.of(
                choice("resurrect", SERVER, "automatic", List.of("automatic", "ask", "off")),
                flag("snapshot", SERVER, true),
                number("snapshot-history", SERVER, 2000, 0, SNAPSHOT_HISTORY_MAX));
    }

    /** tmux's default-shell: $SHELL if it names an executable by its full path, else /bin/sh. */
    private static String shell(Map<String, String> environment) {
        String shell = environment.get("SHELL");
        if (shell != null && shell.startsWith("/") && new File(shell).canExecute()) return shell;
        return "/bin/sh";
    }
}
