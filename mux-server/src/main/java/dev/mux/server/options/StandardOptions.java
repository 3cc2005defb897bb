package dev.mux.server.options;

import static dev.mux.server.options.OptionDefinition.choice;
import static dev.mux.server.options.OptionDefinition.colour;
import static dev.mux.server.options.OptionDefinition.flag;
import static dev.mux.server.options.OptionDefinition.key;
import static dev.mux.server.options.OptionDefinition.number;

import dev.mux.server.copy.ModeKeys;
import dev.mux.server.term.Screen;
import java.util.ArrayList;
import java.util.List;

/**
 * Every option mux knows, one row each: the table is the documentation's checklist (man/mux.conf.5
 * describes each row) and what set-option and show-options accept.
 */
public final class StandardOptions {
    /** Signals systemd.kill(5) settings may name (SIGCONT always follows anyway, so it is not one). */
    public static final List<String> SIGNALS =
            List.of("SIGHUP", "SIGINT", "SIGQUIT", "SIGABRT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGTERM");
    /** kill-signal's extra value: hang the terminal up, as a closing terminal does. */
    public static final String HANGUP = "hangup";
    /** The longest stop timeout: an hour, as a bound on how long a stop can hold the server. */
    private static final int TIMEOUT_STOP_MAX_SEC = 3600;

    private StandardOptions() {}

    public static OptionTable table() {
        return new OptionTable(List.of(
                flag("exit-empty", OptionScope.SERVER, true),
                flag("status", OptionScope.SESSION, true),
                number("history-limit", OptionScope.SESSION, Screen.DEFAULT_HISTORY_LIMIT, 0, Integer.MAX_VALUE),
                key("prefix", OptionScope.SESSION, "C-b"),
                choice("window-size", OptionScope.SESSION, "latest", List.of("latest", "smallest", "largest")),
                choice("kill-mode", OptionScope.SESSION, "control-group", List.of("control-group", "mixed", "process", "none")),
                choice("kill-signal", OptionScope.SESSION, HANGUP, withHangup()),
                flag("send-sighup", OptionScope.SESSION, false),
                flag("send-sigkill", OptionScope.SESSION, true),
                choice("final-kill-signal", OptionScope.SESSION, "SIGKILL", SIGNALS),
                number("timeout-stop-sec", OptionScope.SESSION, 5, 1, TIMEOUT_STOP_MAX_SEC),
                number("buffer-limit", OptionScope.SERVER, 50, 1, Integer.MAX_VALUE),
                choice("mode-keys", OptionScope.SESSION, ModeKeys.fromEnvironment(System.getenv()).optionValue(),
                        List.of(ModeKeys.EMACS_NAME, ModeKeys.VI_NAME)),
                flag("mouse", OptionScope.SESSION, false),
                colour("clock-mode-colour", OptionScope.SESSION, "blue"),
                choice("clock-mode-style", OptionScope.SESSION, "24", List.of("12", "24"))));
    }

    private static List<String> withHangup() {
        List<String> values = new ArrayList<>();
        values.add(HANGUP);
        values.addAll(SIGNALS);
        return values;
    }
}
