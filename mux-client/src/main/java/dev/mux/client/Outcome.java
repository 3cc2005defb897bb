package dev.mux.client;

/**
 * How a client run ends: the exit status and the line to print last (may be empty). Errors from
 * the server go to standard error; the client's own bracketed reports, such as {@code [detached]},
 * go to standard output as tmux prints them. With {@code hangUpParent} (detach-client -P) the
 * client then sends SIGHUP to the process that started it.
 */
record Outcome(int status, String message, boolean toStandardError, boolean hangUpParent) {

    static Outcome report(int status, String message) {
        return new Outcome(status, message, false, false);
    }

    /** What the server's exit message means: a failed command's message is an error. */
    static Outcome fromServer(int status, String message) {
        return new Outcome(status, message, status != 0, false);
    }

    /** The same end, followed by SIGHUP to the client's parent. */
    Outcome thenHangUpParent() {
        return new Outcome(status, message, toStandardError, true);
    }
}
