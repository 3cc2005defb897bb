package dev.mux.server.cmd;

/** Where a command's output goes: the requester's standard output and error, its status line, or the log. */
public interface Output {
    /** Text on standard output, as it is (it brings its own newlines). */
    void output(String text);

    /** A line on standard error that does not end the command. */
    void error(String line);

    /** A line on standard output. */
    default void print(String line) {
        output(line + "\n");
    }
}
