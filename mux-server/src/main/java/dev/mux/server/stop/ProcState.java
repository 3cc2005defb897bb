package dev.mux.server.stop;

/** A process's state letter from {@code /proc/PID/stat}, named for people reading a report. */
public enum ProcState {
    RUNNING("running"),
    SLEEPING("running"),
    DISK_WAIT("disk-wait"),
    STOPPED("stopped"),
    TRACED("traced"),
    ZOMBIE("zombie"),
    DEAD("dead"),
    IDLE("idle"),
    OTHER("other");

    private final String label;

    ProcState(String label) {
        this.label = label;
    }

    /** What list-jobs and stop reports print; sleeping and running look alike to a user. */
    public String label() {
        return label;
    }

    /**
     * Whether the process has ended. A zombie has: in some containers PID 1 never reaps orphans,
     * so an ended process can stay in state Z for good (see DESIGN.md, pitfalls).
     */
    public boolean isGone() {
        return this == ZOMBIE || this == DEAD;
    }

    static ProcState of(char letter) {
        return switch (letter) {
            case 'R' -> RUNNING;
            case 'S' -> SLEEPING;
            case 'D' -> DISK_WAIT;
            case 'T' -> STOPPED;
            case 't' -> TRACED;
            case 'Z' -> ZOMBIE;
            case 'X', 'x' -> DEAD;
            case 'I' -> IDLE;
            default -> OTHER;
        };
    }
}
