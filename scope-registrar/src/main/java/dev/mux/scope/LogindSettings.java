package dev.mux.scope;

import java.util.List;

/**
 * What systemd-logind says about ending a user's processes at logout. {@code reachable} is false on
 * a host without logind (or when it did not answer); then {@code detail} says why and the rest is
 * meaningless.
 */
public record LogindSettings(boolean reachable, boolean killUserProcesses, List<String> killOnlyUsers,
        List<String> killExcludeUsers, boolean linger, String detail) {

    public LogindSettings {
        killOnlyUsers = List.copyOf(killOnlyUsers);
        killExcludeUsers = List.copyOf(killExcludeUsers);
    }

    public static LogindSettings unreachable(String why) {
        return new LogindSettings(false, false, List.of(), List.of(), false, why);
    }

    /** logind's own rule (manager_shall_kill): excluded users never, else everyone or only the listed ones. */
    public boolean killsProcessesOf(String user) {
        if (!reachable || !killUserProcesses || killExcludeUsers.contains(user)) return false;
        return killOnlyUsers.isEmpty() || killOnlyUsers.contains(user);
    }
}
