package dev.mux.scope;

/**
 * Whether a process will outlive the end of its user's last login session, worked out from where
 * it is (its own scope under the user manager, or not) and logind's policy, with the reason in
 * words and, when the answer is no, the command that changes it.
 *
 * <p>The rules, as systemd behaves (measured in systemd 252): a session's scope is stopped at
 * logout when KillUserProcesses applies to the user, else abandoned with its processes left
 * running; the user manager, and every scope under it, is stopped UserStopDelaySec after the last
 * session ends unless the user lingers.
 */
public record SurvivalVerdict(Answer answer, String because, String fix) {
    public enum Answer { YES, NO, UNKNOWN }

    public static SurvivalVerdict of(Placement placement, LogindSettings logind, String user) {
        if (!logind.reachable()) {
            return new SurvivalVerdict(Answer.UNKNOWN, logind.detail() + "; it is " + where(placement)
                    + ": mux runs as a plain daemon and cannot protect its sessions from whatever ends the login", null);
        }
        String enable = "loginctl enable-linger " + user;
        if (placement.moved()) {
            if (logind.linger()) {
                return new SurvivalVerdict(Answer.YES, "it runs in its own scope " + placement.unit()
                        + " under the user manager, and linger is on for " + user + ", so that manager outlives the last session", null);
            }
            return new SurvivalVerdict(Answer.NO, "it runs in its own scope " + placement.unit() + ", but linger is off for " + user
                    + ": the user manager and every scope under it stop UserStopDelaySec after the last session ends", enable);
        }
        if (logind.killsProcessesOf(user)) {
            return new SurvivalVerdict(Answer.NO, "it is " + where(placement) + ", and KillUserProcesses=yes applies to " + user
                    + ": logind stops the session's scope at logout", "start mux where the systemd user manager is reachable, and " + enable);
        }
        return new SurvivalVerdict(Answer.YES, "it is " + where(placement) + ", but KillUserProcesses does not apply to " + user
                + ": logind leaves a session's processes running at logout", null);
    }

    private static String where(Placement placement) {
        if (placement.moved()) return "in its own scope " + placement.unit();
        String cgroup = placement.cgroup() == null ? "" : " in cgroup " + placement.cgroup();
        return "not in a scope of its own (" + placement.detail() + ")" + cgroup;
    }

    /** "yes", "no" or "unknown". */
    public String word() {
        return answer.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The one line for a human: "survives logout: no, because ...; fix: ...". */
    public String sentence() {
        return "survives logout: " + word() + ", because " + because + (fix == null ? "" : "; fix: " + fix);
    }
}
