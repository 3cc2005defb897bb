package dev.mux.server.snapshot;

import java.util.List;
import java.util.Map;

/**
 * What a snapshot holds: an immutable copy of the server's state, taken on the event loop and
 * written elsewhere, or read back from a file. Option values are kept as the option sets hold them
 * ({@link Boolean}, {@link Integer}, {@link String}, or a sorted map of index to item for arrays).
 *
 * @param takenMillis   when the state was copied (epoch milliseconds)
 * @param bootId        the kernel's boot id then: a different one now means the machine restarted
 * @param serverPid     the process that wrote it
 * @param endReason     why the server was about to end, for a final snapshot; null for an ordinary one
 * @param globalOptions the global server, session and window option values that differ from the
 *                      table's defaults, by scope name ("server", "session", "window")
 */
public record ServerImage(long takenMillis, String bootId, long serverPid, String endReason,
                          Map<String, Map<String, Object>> globalOptions, List<SessionImage> sessions,
                          List<BufferImage> buffers) {

    /**
     * A session; {@code current} and {@code last} are window indexes (-1: none). {@code windows} are
     * the windows whose first place is here; {@code links} its places of windows kept elsewhere (in
     * another session, or at another index here); {@code group} the name of its session group, or
     * null.
     */
    public record SessionImage(int id, String name, int columns, int rows, int current, int last,
                               Map<String, Object> options, List<WindowImage> windows, List<LinkImage> links,
                               String group) {
        SessionImage withWindows(List<WindowImage> newWindows) {
            return new SessionImage(id, name, columns, rows, current, last, options, newWindows, links, group);
        }
    }

    /** A place of a window kept at another: the index here and the window's id in the snapshot. */
    public record LinkImage(int index, int windowId) {}

    /**
     * A window: {@code layout} is tmux's layout string of its panes by id ({@code #{window_layout}}),
     * {@code zoomed} the id of its zoomed pane (-1: none).
     */
    public record WindowImage(int id, int index, String name, String layout, int active, int zoomed,
                              Map<String, Object> options, List<PaneImage> panes) {}

    /**
     * A pane: {@code command} is what it was started with (null: the shell), {@code foreground} the
     * command line of what ran in its foreground when it was not its first process (null: nothing
     * else), {@code text} its history and screen as {@code capture-pane -e -J} prints them (one line
     * of text each, blank lines at the end left out).
     */
    public record PaneImage(int id, long pid, String title, String command, String cwd, String foreground,
                            Map<String, Object> options, List<String> text) {
        PaneImage withProcessState(String newCwd, String newForeground, List<String> newText) {
            return new PaneImage(id, pid, title, command, newCwd, newForeground, options, newText);
        }
    }

    /** A paste buffer, newest last. */
    public record BufferImage(String name, String data, boolean automatic) {}
}
