package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;
import dev.mux.server.format.FormatContext;
import dev.mux.server.model.Session;

/**
 * What the parser of a config file or a typed command line asks, answered as tmux answers it:
 * {@code $NAME} and {@code ~} from the global environment (hidden variables too), assignments
 * into it, and {@code %if} conditions through the format language.
 */
public final class EnvironmentParseHost implements ParseHost {
    private final Environment global;
    private final FormatContext formats;

    /** {@code formats} is what {@code %if} conditions are about (the requester's pane, or the server alone). */
    public EnvironmentParseHost(Environment global, FormatContext formats) {
        this.global = global;
        this.formats = formats;
    }

    /** For a command's requester: its pane's formats, or, with none, the server's own. */
    public static EnvironmentParseHost of(CommandContext context) {
        return new EnvironmentParseHost(context.panes().globalEnvironment(), formatContext(context));
    }

    /** What the requester's formats are about: its session's active pane, or with none the server alone. */
    public static FormatContext formatContext(CommandContext context) {
        Session session = context.attachedSession();
        return context.formatContext(session == null ? null : session.activePane());
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
        String value = formats.expand(format);
        return !value.isEmpty() && !value.equals("0");
    }
}
