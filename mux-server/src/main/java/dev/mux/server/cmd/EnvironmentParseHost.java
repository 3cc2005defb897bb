package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;
import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import java.util.function.Function;

/**
 * What the parser of a config file or a typed command line asks, answered as tmux answers it:
 * {@code $NAME} and {@code ~} from the global environment (hidden variables too), assignments
 * into it, and {@code %if} conditions through the format language.
 */
public final class EnvironmentParseHost implements ParseHost {
    /** tmux's version, which conditions on #{version} compare against when no pane answers. */
    private static final String TMUX_VERSION = "3.3a";

    private final Environment global;
    private final Function<String, String> formatVariables;

    /** {@code formatVariables} answers #{...} names for %if (the requester's pane, or the server's alone). */
    public EnvironmentParseHost(Environment global, Function<String, String> formatVariables) {
        this.global = global;
        this.formatVariables = formatVariables;
    }

    /** For a command's requester: its pane's format variables, or, with none, the server's own. */
    public static EnvironmentParseHost of(CommandContext context) {
        return new EnvironmentParseHost(context.panes().globalEnvironment(), formatVariables(context));
    }

    /** The format variables of the requester's pane, or with none the server's own (version, pid, socket_path, host). */
    public static Function<String, String> formatVariables(CommandContext context) {
        Session session = context.attachedSession();
        Pane pane = session == null ? null : session.activePane();
        if (pane != null) return context.formatVariables(pane);
        return name -> switch (name) {
            case "version" -> TMUX_VERSION;
            case "pid" -> Long.toString(ProcessHandle.current().pid());
            case "socket_path" -> context.formats().socketPath();
            case "host" -> context.formats().host();
            default -> null;
        };
    }

    @Override
    public String variable(String name) {
        Environment.Variable variable = global.find(name);
        return variable == null ? null : variable.value();
    }

    @Override
    public void assign(String name, String value, boolean hidden) {
        global.set(name, value, hidden);
    }

    /** tmux's truth of a format: expanded, it is neither empty nor "0". */
    @Override
    public boolean condition(String format) {
        String value = Formats.expand(format, formatVariables);
        return !value.isEmpty() && !value.equals("0");
    }
}
