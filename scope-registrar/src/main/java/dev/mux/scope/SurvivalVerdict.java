package dev.mux.scope;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a process will outlive the end of its user's last login session, worked out from where
 * it is (its own scope or anything else under the user manager, a session's scope) and logind's policy, with the reason in
 * words and, when the answer is no, the command that changes it.
 *
 * <p>The rules, as systemd behaves (measured in systemd 252): a session's scope is stopped at
 * logout when KillUserProcesses applies to the user, else abandoned with its processes left
 * running; the user manager, and every scope under it, is stopped UserStopDelaySec after the last
 * session ends unless the user lingers.
 */
public record SurvivalVerdict(Answer answer, String because, String fix) {
    private static final Pattern USER_MANAGER = Pattern.compile("/user@\\d+\\.service/");

    public enum Answer { YES, NO, UNKNOWN }

    public static SurvivalVerdict of(Placement placement, LogindSettings logind, String user) {
        if (!logind.reachable()) {
            return new SurvivalVerdict(Answer.UNKNOWN, logind.detail() + "; it is " + where(placement)
                    + ": mux runs as a plain daemon and cannot protect its sessions from whatever ends the login", null);
        }
        String enable = "loginctl enable-linger " + user;
        if (placement.moved() || underUserManager(placement)) {
            if (logind.linger()) {
                return new SurvivalVerdict(Answer.YES, "it is " + where(placement) + " under the user manager, and linger is on for "
                        + user + ", so that manager outlives the last session", null);
            }
            return new SurvivalVerdict(Answer.NO, "it is " + where(placement) + " under the user manager, but linger is off for " + user
                    + ": the user manager and everything under it stop UserStopDelaySec after the last session ends", enable);
        }
        boolean stayed = placement.outcome() == Placement.Outcome.NOT_NEEDED;
        if (logind.killsProcessesOf(user)) {
            String fix = stayed ? "mux kill-server and start mux again (it then moves into a scope of its own), and " + enable
                    : "start mux where the systemd user manager is reachable, and " + enable;
            return new SurvivalVerdict(Answer.NO, "it is " + where(placement) + ", and KillUserProcesses=yes applies to " + user
                    + ": logind stops the session's scope at logout", fix);
        }
        return new SurvivalVerdict(Answer.YES, "it is " + where(placement) + (stayed ? ", and" : ", but")
                + " KillUserProcesses does not apply to " + user + ": logind leaves a session's processes running at logout", null);
    }

    /** A process the user manager started (a service of the user's) lives and dies with that manager, as its own scope would. */
    private static boolean underUserManager(Placement placement) {
        return placement.cgroup() != null && USER_MANAGER.matcher(placement.cgroup()).find();
    }

    private static String where(Placement placement) {
        if (placement.moved()) return "in its own scope " + placement.unit();
        if (placement.outcome() == Placement.Outcome.NOT_NEEDED && placement.cgroup() != null) {
            return "in " + CgroupFile.unitOf(placement.cgroup()) + ", where it stayed on purpose";
        }
        String cgroup = placement.cgroup() == null ? "" : " in cgroup " + placement.cgroup();
        return "not in a scope of its own (" + placement.detail() + ")" + cgroup;
    }

    /** "yes", "no" or "unknown". */
    public String word() {
        return answer.name().toLowerCase(Locale.ROOT);
    }

    /** The one line for a human: "survives logout: no, because ...; fix: ...". */
    public String sentence() {
        return "survives logout: " + word() + ", because " + because + (fix == null ? "" : "; fix: " + fix);
    }
}
