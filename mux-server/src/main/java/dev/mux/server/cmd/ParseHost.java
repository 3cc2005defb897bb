package dev.mux.server.cmd;

/**
 * What parsing a text of commands asks of the server, as tmux's parser does while it reads: the
 * value of {@code $NAME} and {@code ~}, the {@code NAME=value} assignments (into the global
 * environment) and the truth of a {@code %if} format.
 */
public interface ParseHost {
    /** Parses with no variables (all empty), no assignments kept and every condition false. */
    ParseHost NONE = new ParseHost() {
        @Override
        public String variable(String name) {
            return null;
        }

        @Override
        public void assign(String name, String value, boolean hidden) {
            // Nowhere to keep it.
        }

        @Override
        public boolean condition(String format) {
            return false;
        }
    };

    /** The variable's value, or null when it is not set. */
    String variable(String name);

    /** Sets a variable of the global environment ({@code %hidden}: one panes do not get). */
    void assign(String name, String value, boolean hidden);

    /** Whether the format is true once expanded: not empty and not "0". */
    boolean condition(String format);
}
