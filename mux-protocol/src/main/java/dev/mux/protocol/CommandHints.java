package dev.mux.protocol;

import java.util.Set;

/**
 * What the client must know about a command before the server sees it, because the client cannot
 * load the server's command table: whether to start a server when none answers (tmux's
 * CMD_STARTSERVER), and whether the command may attach, so the terminal's size is worth reading.
 * A server test checks these names against the command table.
 */
public final class CommandHints {
    public static final Set<String> STARTS_SERVER = Set.of("new-session", "new", "start-server", "start",
            "resurrect");
    public static final Set<String> MAY_ATTACH = Set.of("new-session", "new", "attach-session", "attach", "a");

    private CommandHints() {}

    public static boolean startsServer(String command) {
        return STARTS_SERVER.contains(command);
    }

    public static boolean mayAttach(String command) {
        return MAY_ATTACH.contains(command);
    }
}
