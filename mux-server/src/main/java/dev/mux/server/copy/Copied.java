package dev.mux.server.copy;

/**
 * Text a copy-mode command took and where it goes: a new paste buffer (named from {@code prefix}
 * when given), the end of the newest buffer (append-selection), and/or the standard input of a
 * shell command ({@code command}; empty: the copy-command option's).
 */
public record Copied(String text, String prefix, String command, Kind kind) {
    /** What is done with the text. */
    public enum Kind {
        /** copy-selection and its kin: a new paste buffer. */
        BUFFER,
        /** copy-pipe and its kin: a new paste buffer, and the text piped to the command. */
        BUFFER_AND_PIPE,
        /** pipe: only piped to the command. */
        PIPE,
        /** append-selection: added to the end of the newest paste buffer. */
        APPEND
    }

    boolean buffered() {
        return kind != Kind.PIPE;
    }
}
