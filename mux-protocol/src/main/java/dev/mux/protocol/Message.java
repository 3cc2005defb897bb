package dev.mux.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every message that crosses the client/server socket. The type byte of each is fixed forever
 * within one {@link Protocol#VERSION}; a new kind of message means a new version.
 */
public sealed interface Message {

    /** First frame in each direction: the sender's protocol version. */
    record Hello(int version) implements Message {}

    /**
     * A client asks the server to run one command line. The client's terminal facts travel with it
     * because commands such as new-session size and attach to that terminal.
     */
    record Command(List<String> argv, String cwd, int columns, int rows, boolean terminal, String term)
            implements Message {
        public Command {
            argv = List.copyOf(argv);
        }
    }

    /**
     * The client's terminal, sent before its command when its standard input and output are that one
     * terminal: the server may then open it by {@code path} to read the keys and draw straight on it
     * (tmux's server uses the terminal its client passes it), so neither crosses the client.
     * {@code device} and {@code inode} are the terminal's file as the client sees it: the server
     * uses the path only if it names that same file for it too (not another namespace's terminal).
     */
    record TerminalDevice(String path, long device, long inode) implements Message {
        /** The file at {@code path} as this process sees it. */
        public static TerminalDevice of(Path path) throws IOException {
            return new TerminalDevice(path.toString(), ((Number) Files.getAttribute(path, "unix:dev")).longValue(),
                    ((Number) Files.getAttribute(path, "unix:ino")).longValue());
        }

        /** Whether {@code other} is the same file, whatever path names it. */
        public boolean sameFile(TerminalDevice other) {
            return device == other.device && inode == other.inode;
        }
    }

    /**
     * The client's environment ({@code NAME=value} each), sent before its command as tmux's client
     * sends its own: update-environment copies from it and new-session reads {@code TMUX} in it.
     */
    record Environment(List<String> variables) implements Message {
        public Environment {
            variables = List.copyOf(variables);
        }

        /** The variables as a map; an entry without {@code =} is left out. */
        public java.util.Map<String, String> asMap() {
            java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
            for (String variable : variables) {
                int equals = variable.indexOf('=');
                if (equals > 0) map.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
            return map;
        }
    }

    /** Bytes typed on an attached client's terminal, or read from a control client's standard input. */
    record Input(byte[] bytes) implements Message {}

    /**
     * The client runs in control mode ({@code -C}, level 1; {@code -CC}, level 2): sent before its
     * command, it asks the server to speak the control protocol on the client's standard output and
     * to read command lines from its standard input (sent as {@link Input}).
     */
    record ControlMode(int level) implements Message {}

    /** A control client's standard input reached its end. */
    record InputEnd() implements Message {}

    /**
     * Whether a control client, once told to exit, waits for an empty line or the end of its
     * standard input before it goes (refresh-client -f wait-exit); sent when that changes.
     */
    record WaitExit(boolean on) implements Message {}

    /** An attached client's terminal changed size. */
    record Resize(int columns, int rows) implements Message {}

    /** Text a command printed; {@code stream} is 1 for standard output and 2 for standard error. */
    record Output(int stream, byte[] bytes) implements Message {}

    /** The command is over (attached or not); {@code message} is what the client prints, may be empty. */
    record Exit(int status, String message) implements Message {}

    /**
     * The client is now attached to a session: it should put its terminal in raw mode. When
     * {@code direct}, the server opened the client's {@link TerminalDevice} and reads and draws on
     * it itself: the client then reads no keys, and sends a {@link Resize} once its terminal is in
     * raw mode, before which the server draws nothing.
     */
    record Attached(String session, boolean direct) implements Message {}

    /** Bytes to write, unchanged, to an attached client's terminal. */
    record TerminalOutput(byte[] bytes) implements Message {}

    /**
     * The attached client should give its terminal back and stop itself (suspend-client); when it
     * runs again it sends a {@link Resize}, which brings a full redraw.
     */
    record Suspend() implements Message {}

    /**
     * The attached client should give its terminal back and run {@code command} with
     * {@code /bin/sh -c} in it (lock-client, lock-command), then take the terminal again and send a
     * {@link Resize}, as after {@link Suspend}.
     */
    record Lock(String command) implements Message {}

    /**
     * The client is detached and should run {@code command} with {@code /bin/sh -c} in its terminal
     * in place of itself (detach-client -E), then exit with the command's status.
     */
    record Exec(String command) implements Message {}

    /**
     * detach-client -P, attach-session -x: the client is about to be detached and, once it has
     * given its terminal back, sends SIGHUP to the process that started it (tmux's MSG_DETACHKILL).
     */
    record HangUpParent() implements Message {}

    /** The peer broke the protocol; the connection closes after this frame. */
    record ProtocolError(String reason) implements Message {}
}
