package dev.mux.scope;

/**
 * How an attempt to move a process into its own scope ended: the outcome, the cgroup the process is
 * in afterwards (or null when unknown), and a sentence saying why, for a log line and scope-status.
 */
public record Placement(Outcome outcome, String unit, String cgroup, String detail) {
    public enum Outcome {
        /** The job finished and /proc/PID/cgroup shows the new scope. */
        MOVED(true),
        /** No user bus to ask: not in a systemd login session, or no user manager. */
        NO_USER_BUS(false),
        /** The bus or the manager could not be reached or does not offer StartTransientUnit. */
        UNAVAILABLE(false),
        /** The manager refused (AccessDenied, UnitExists, bad property). */
        REFUSED(false),
        /** The job ended with a result other than "done". */
        JOB_FAILED(false),
        /** No reply or no job result in time. */
        TIMED_OUT(false),
        /** The job said done but the process's cgroup is not the scope. */
        NOT_MOVED(false),
        /** Not asked for: where the process is, it outlives the session longer than a scope of its own would. */
        NOT_NEEDED(false);

        private final boolean moved;

        Outcome(boolean moved) {
            this.moved = moved;
        }

        public boolean moved() {
            return moved;
        }
    }

    public boolean moved() {
        return outcome.moved();
    }

    /** Left where it is on purpose; {@code why} says what makes that the better place. */
    public static Placement notNeeded(String unit, String cgroup, String why) {
        return new Placement(Outcome.NOT_NEEDED, unit, cgroup, "not moved on purpose: " + why);
    }

    /** One line: "moved into X (cgroup Y)", "stays in X, not moved on purpose: why" or "not moved into its own scope: why". */
    public String describe() {
        if (moved()) return "moved into " + unit + " (cgroup " + cgroup + ")";
        if (outcome == Outcome.NOT_NEEDED) return "stays in " + (cgroup == null ? "its cgroup" : CgroupFile.unitOf(cgroup)) + ", " + detail;
        return "not moved into its own scope: " + detail;
    }
}
