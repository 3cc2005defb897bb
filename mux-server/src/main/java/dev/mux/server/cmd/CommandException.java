package dev.mux.server.cmd;

/**
 * A command failed in a way the user can act on. The message is one line, shown as is and followed
 * by exit status 1; no stack trace is part of what the user sees.
 */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message, null, false, false);
    }
}
