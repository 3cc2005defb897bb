package dev.mux.server.snapshot;

import dev.mux.platform.proc.ProcFs;
import dev.mux.platform.proc.ProcStat;
import dev.mux.server.snapshot.ServerImage.PaneImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import dev.mux.server.snapshot.ServerImage.WindowImage;
import dev.mux.server.term.CaptureFormat;
import dev.mux.server.term.HistoryCopy;
import dev.mux.server.term.Line;
import dev.mux.server.term.PaneCapture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a copy taken on the loop into a whole image, on the snapshot thread: each pane's lines
 * into text as {@code capture-pane -e -J} prints them, and from /proc what runs in its foreground
 * and where. Reading /proc here keeps it off the loop; a pane whose process is already gone keeps
 * what the last snapshot found.
 */
final class PaneDeveloper {
    private static final CaptureFormat TEXT = new CaptureFormat(true, false, true, false);
    private static final String RESET = "\u001b[0m";
    private final ProcFs procFs = new ProcFs();
    /** The last cwd found per pane, for a pane whose process ended since (snapshot thread only). */
    private final Map<Integer, String> lastCwd = new HashMap<>();
    /** Per pane, the text of each packed block of history it had at the last snapshot (snapshot thread only). */
    private final Map<Integer, Map<Object, String>> blockText = new HashMap<>();

    ServerImage develop(StateCopier.Copy copy) {
        ServerImage image = copy.image();
        List<SessionImage> sessions = new ArrayList<>();
        for (SessionImage session : image.sessions()) {
            List<WindowImage> windows = new ArrayList<>();
            for (WindowImage window : session.windows()) {
                List<PaneImage> panes = new ArrayList<>();
                for (PaneImage pane : window.panes()) panes.add(develop(pane, copy.lines().get(pane.id())));
                windows.add(new WindowImage(window.id(), window.index(), window.name(), window.layout(),
                        window.active(), window.zoomed(), window.options(), panes));
            }
            sessions.add(session.withWindows(windows));
        }
        // What was kept for panes that are gone goes with them.
        blockText.keySet().retainAll(copy.lines().keySet());
        lastCwd.keySet().retainAll(copy.lines().keySet());
        return new ServerImage(image.takenMillis(), image.bootId(), image.serverPid(), image.endReason(),
                image.globalOptions(), sessions, image.buffers());
    }

    private PaneImage develop(PaneImage pane, StateCopier.PaneLines lines) {
        List<String> text = lines == null ? List.of() : text(pane.id(), lines);
        long foreground = foregroundPid(pane.pid());
        String cwd = foreground > 0 ? procFs.workingDirectory(foreground).orElse(null) : null;
        if (cwd == null && pane.pid() > 0) cwd = procFs.workingDirectory(pane.pid()).orElse(null);
        if (cwd != null) {
            lastCwd.put(pane.id(), cwd);
        } else {
            cwd = lastCwd.get(pane.id());
        }
        String command = foreground > 0 && foreground != pane.pid() ? commandLine(foreground) : null;
        return pane.withProcessState(cwd, command, text);
    }

    /**
     * The pane's lines as text. A packed block of history never changes, so its text is kept from
     * one snapshot to the next (by the block's key) and only newer lines are turned into text again;
     * each block's text ends with an SGR reset, as its capture starts from the default style.
     */
    private List<String> text(int paneId, StateCopier.PaneLines lines) {
        Map<Object, String> previous = blockText.getOrDefault(paneId, Map.of());
        Map<Object, String> kept = new HashMap<>();
        StringBuilder all = new StringBuilder();
        HistoryCopy history = lines.history();
        for (int block = 0; block < history.blockCount(); block++) {
            Object key = history.blockKey(block);
            String text = previous.get(key);
            if (text == null) text = PaneCapture.capture(history.blockLines(block), lines.columns(), TEXT) + RESET;
            kept.put(key, text);
            all.append(text);
        }
        blockText.put(paneId, kept);
        List<Line> rest = new ArrayList<>(history.recentLines());
        rest.addAll(lines.rows());
        all.append(PaneCapture.capture(rest, lines.columns(), TEXT));
        List<String> text = new ArrayList<>(Arrays.asList(all.toString().split("\n", -1)));
        // The capture ends in a newline (an empty last item), and screens in blank rows.
        while (!text.isEmpty() && isBlank(text.get(text.size() - 1))) text.remove(text.size() - 1);
        return text;
    }

    /** Blank once the SGR sequences are left out: nothing to restore. */
    private static boolean isBlank(String line) {
        return line.replaceAll("\u001b\\[[0-9;:]*m", "").isBlank();
    }

    /** The leader of the pane's terminal's foreground group, the shell itself if none; -1 if gone. */
    private long foregroundPid(long shellPid) {
        if (shellPid <= 0) return -1;
        Optional<ProcStat> shell = procFs.stat(shellPid);
        if (shell.isEmpty()) return -1;
        long group = shell.get().tpgid();
        return group > 0 && procFs.stat(group).isPresent() ? group : shellPid;
    }

    /** The command line, its words joined by spaces (/proc keeps no quoting); null if gone or empty. */
    private String commandLine(long pid) {
        Optional<String> line = procFs.commandLine(pid);
        return line.filter(text -> !text.isBlank()).orElse(null);
    }
}
