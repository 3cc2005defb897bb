package dev.mux.scope;

import java.util.Optional;

/**
 * Whether moving a process of a login session into its own scope under the user manager helps it
 * outlive the session. It helps when logind would stop the session's scope at logout
 * (KillUserProcesses applies to the user), when linger keeps the user manager running, and when
 * logind cannot be read (KillUserProcesses=yes is systemd's default). It harms otherwise: logind
 * then abandons the session's scope with its processes running, and the user manager, the new
 * scope with it, stops UserStopDelaySec after the last session ends (measured in systemd 252).
 */
public final class MovePolicy {
    private MovePolicy() {}

    /** Why the process is better off where it is, or empty when it should move. */
    public static Optional<String> reasonToStay(LogindSettings logind, String user) {
        if (!logind.reachable() || logind.linger() || logind.killsProcessesOf(user)) return Optional.empty();
        return Optional.of("KillUserProcesses does not apply to " + user + " and linger is off, so logind leaves the login"
                + " session's processes running at logout, whereas a scope of its own would stop with the user manager"
                + " UserStopDelaySec after the last session ends");
    }
}
