package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.InflaterInputStream;

/**
 * What the resurrection tests set up and compare, wherever the server runs (here, or in the systemd
 * sandbox): two sessions, a window of three panes in nested splits, each in a directory of its own
 * (one changed by cd), 300 coloured lines of scrollback, a pane whose foreground is a program other
 * than the shell, a pane title, a paste buffer, and options set at run time (global, a session's, a
 * window's). {@code mux} runs {@code mux ARGS} (ARGS already
 * quoted for a shell) on the server under test and returns what it printed.
 */
final class ResurrectionScenario {
    /** The notice a pane restored after a crash shows below its old text. */
    static final String CRASH_NOTICE = ": server killed, crashed or out of memory]";
    /** Lines of scrollback compared: the last N of each pane (all of them here). */
    static final int COMPARED_LINES = 320;
    private static final int MAGIC_AND_VERSION = "mux snapshot\n".length() + 4;

    private final Function<String, String> mux;
    private final String base;

    ResurrectionScenario(Function<String, String> mux, String base) {
        this.mux = mux;
        this.base = base;
    }

    /** The shell script that makes the state, given the command that runs mux. */
    String setupScript(String muxCommand) {
        String m = muxCommand;
        return String.join("\n",
                "set -e",
                "mkdir -p " + base + "/a/deeper " + base + "/b " + base + "/c",
                m + " new -d -s work -x 100 -y 29 -c " + base + "/a",
                m + " splitw -h -t work:0 -c " + base + "/b",
                m + " splitw -v -t work:0.1 -c " + base + "/c",
                m + " neww -t work -n logs -c " + base + "/a",
                m + " new -d -s other -x 100 -y 29 -c " + base + "/b",
                m + " selectw -t work:0",
                m + " selectp -t work:0.2",
                m + " send-keys -t work:0.0 'cd deeper && i=0; while [ $i -lt 300 ]; do i=$((i+1)); "
                        + "printf \"\\033[1;3%dmline %d of work\\033[0m\\n\" $((i%7)) $i; done; echo done-0' Enter",
                m + " send-keys -t work:0.1 'for w in alpha beta gamma; do echo word $w; done; echo done-1' Enter",
                m + " send-keys -t work:1 'echo done-logs; sleep 1000' Enter",
                m + " send-keys -t other 'echo done-other' Enter",
                m + " set-buffer -b kept 'buffer kept across a crash'",
                m + " set -g @survives yes",
                m + " set -t other status-left '[other] '",
                m + " setw -t work:0 main-pane-width 33",
                m + " select-pane -t work:0.1 -T build-logs");
    }

    /** Whether a snapshot's bytes hold the end of every pane's output and the directory cd went to. */
    static boolean snapshotHoldsEverything(byte[] file) {
        String text = inflated(file);
        return text.contains("done-0") && text.contains("done-1") && text.contains("done-logs")
                && text.contains("done-other") && text.contains("/a/deeper") && text.contains("sleep 1000");
    }

    private static String inflated(byte[] file) {
        if (file.length <= MAGIC_AND_VERSION) return "";
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(file, MAGIC_AND_VERSION,
                file.length - MAGIC_AND_VERSION))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether every pane finished printing. */
    boolean outputDone() {
        String all = mux.apply("capture-pane -p -t work:0.0") + mux.apply("capture-pane -p -t work:0.1")
                + mux.apply("capture-pane -p -t work:1") + mux.apply("capture-pane -p -t other");
        return all.contains("done-0\n") && all.contains("done-1\n") && all.contains("done-logs\n")
                && all.contains("done-other\n");
    }

    /** What is compared before the crash and after the attach. */
    record State(String sessions, String windows, String panes, String buffers, String option,
                 Map<String, List<String>> text) {}

    State record() {
        String panes = mux.apply("lsp -a -F '#{session_name}:#{window_index}.#{pane_index} #{pane_id} #{pane_active} "
                + "#{pane_width}x#{pane_height} #{pane_current_path} #{pane_title}'");
        Map<String, List<String>> text = new LinkedHashMap<>();
        for (String line : panes.lines().toList()) {
            String id = line.split(" ")[1];
            text.put(id, lines(mux.apply("capture-pane -p -e -J -S - -t " + id)));
        }
        return new State(mux.apply("ls -F '#{session_id} #{session_name} #{session_windows}'"),
                mux.apply("lsw -a -F '#{session_name}:#{window_index} #{window_id} #{window_name} #{window_layout} "
                        + "#{window_active}'"),
                panes, mux.apply("lsb -F '#{buffer_name} #{buffer_sample}'"), mux.apply("show -gv @survives")
                + mux.apply("show -v -t other status-left") + mux.apply("show -wv -t work:0 main-pane-width"), text);
    }

    /**
     * The state after resurrection is the state before, but for each pane's text: its old lines come
     * first, then the notice, then the new shell's.
     */
    static void assertRestored(State before, State after, String notice) {
        assertEquals(before.sessions(), after.sessions(), "session names and ids");
        assertEquals(before.windows(), after.windows(), "windows: names, ids, layouts, the current one");
        assertEquals(before.panes(), after.panes(), "panes: ids, the active one, sizes, directories");
        assertEquals(before.buffers(), after.buffers(), "paste buffers");
        assertEquals(before.option(), after.option(), "options: a global user option, a session's, a window's");
        for (Map.Entry<String, List<String>> pane : before.text().entrySet()) {
            List<String> old = trimmed(pane.getValue());
            List<String> now = after.text().get(pane.getKey());
            int noticeAt = indexOfNotice(now, notice);
            assertTrue(noticeAt >= 0, "pane " + pane.getKey() + " shows the notice: " + String.join("\n", now));
            List<String> kept = now.subList(0, noticeAt);
            int compared = Math.min(COMPARED_LINES, old.size());
            assertTrue(compared > 0);
            assertEquals(String.join("\n", old.subList(old.size() - compared, old.size())),
                    String.join("\n", kept.subList(Math.max(0, kept.size() - compared), kept.size())),
                    "the last " + compared + " lines of pane " + pane.getKey());
            assertEquals(old.size(), kept.size(), "pane " + pane.getKey() + " has all its old lines above the notice");
        }
    }

    private static int indexOfNotice(List<String> lines, String notice) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(notice)) return i;
        }
        return -1;
    }

    private static List<String> lines(String capture) {
        return new ArrayList<>(capture.lines().toList());
    }

    /** Without the blank rows below the last line written. */
    private static List<String> trimmed(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).replaceAll("\u001b\\[[0-9;]*m", "").isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }
}
