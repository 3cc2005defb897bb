package dev.mux.server.environ;

import dev.mux.server.options.Glob;
import java.util.List;
import java.util.Map;

/**
 * update-environment, as tmux applies it when a client makes or attaches a session: each variable
 * of the client's environment that a pattern names is copied into the session's environment; a
 * pattern that names none marks its name to be removed, so that panes do not keep a stale value.
 */
public final class EnvironmentUpdate {
    private EnvironmentUpdate() {
    }

    public static void apply(List<String> patterns, Map<String, String> client, Environment session) {
        for (String pattern : patterns) {
            boolean found = false;
            for (Map.Entry<String, String> variable : client.entrySet()) {
                if (Glob.matches(pattern, variable.getKey())) {
                    session.set(variable.getKey(), variable.getValue(), false);
                    found = true;
                }
            }
            if (!found) session.clear(pattern);
        }
    }
}
