package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout flags tmux 3.3a has beyond the presets, each run on both servers and compared through
 * #{window_layout} (every pane's place and size) and the errors: select-layout -E (spread out) and -o
 * (undo), select-layout with a layout string (trimmed to the panes, mended, or refused), split-window
 * -f (a split of the whole window), and resize-pane -T (the rows below the cursor give way to history).
 */
class LayoutFlagsDifferentialTest {
    private static final String LAYOUT = "#{window_layout} #{window_width}x#{window_height}";

    @TempDir
    Path scratch;

    @Test
    void layoutsSpreadUndoRestoreAndSplitTheWholeWindow() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "a", "-x", "80", "-y", "24", "sleep 3600");
            twins.same("split-window", "-d", "sleep 3600");
            twins.same("split-window", "-h", "-d", "sleep 3600");
            String first = twins.same("display-message", "-p", "#{window_layout}").out().strip();
            twins.same("select-layout", "even-horizontal");
            twins.same("select-layout", "-o");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", "-o");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("resize-pane", "-t", ".1", "-x", "10");
            twins.same("select-layout", "-E", "-t", ".2");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", first);
            twins.same("resize-pane", "-t", ".1", "-x", "50");
            twins.same("select-layout", "-E", "-t", ".1");
            twins.same("display-message", "-p", LAYOUT);

            // Layout strings: another size, more cells than panes, too few, bad sums and bad checksums.
            twins.same("select-layout", withChecksum("100x30,0,0{50x30,0,0,0,49x30,51,0,1}"));
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", withChecksum("80x24,0,0{40x24,0,0,0,20x24,41,0,1,18x24,62,0,4,1x24,1,1}"));
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", withChecksum("90x24,0,0[80x11,0,0,3,80x5,0,12,4,80x6,0,18,5]"));
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", withChecksum("80x24,0,0,3"));
            twins.same("select-layout", withChecksum("80x24,0,0[80x11,0,0,3,80x5,0,12,4,81x6,0,18,5]"));
            twins.same("select-layout", withChecksum("80x24,0,0[80x11,0,0,3,80x5,0,12,4,80x6,0,18,5"));
            twins.same("select-layout", "abcd,80x24,0,0,1");
            twins.same("display-message", "-p", LAYOUT);

            // split-window -f: beside or below everything, before or after, sized in cells or a percentage.
            twins.same("split-window", "-f", "-d", "sleep 3600");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("split-window", "-f", "-h", "-b", "-l", "20%", "-d", "sleep 3600");
            twins.same("split-window", "-f", "-h", "-d", "-l", "5", "sleep 3600");
            twins.same("split-window", "-f", "-v", "-b", "-d", "-l", "3", "sleep 3600");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("select-layout", "tiled");
            twins.same("split-window", "-f", "-h", "-d", "-l", "50", "sleep 3600");
            twins.same("display-message", "-p", LAYOUT);
            twins.same("split-window", "-f", "-v", "-d", "-l", "20", "sleep 3600");
            twins.same("split-window", "-f", "-v", "-d", "-p", "90", "sleep 3600");
            twins.same("display-message", "-p", LAYOUT);
        }
    }

    @Test
    void trimmingBringsHistoryBackAboveTheCursor() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "t", "-x", "20", "-y", "6",
                    "seq 1 20; printf '\\033[3;1Hxy'; sleep 3600");
            twins.sameOnce(shown -> shown.strip().equals("15 2 2"), "display-message", "-p", "#{history_size} #{cursor_y} #{cursor_x}");
            twins.same("copy-mode", "-t", "t");
            twins.same("resize-pane", "-T");
            twins.same("send-keys", "-t", "t", "-X", "cancel");
            twins.same("display-message", "-p", "#{history_size} #{cursor_y} #{cursor_x} #{pane_in_mode}");
            twins.same("resize-pane", "-T");
            twins.same("display-message", "-p", "#{history_size} #{cursor_y} #{cursor_x}");
            twins.same("capture-pane", "-p", "-S", "-3");
        }
    }

    /** {@code body} behind its checksum, as #{window_layout} prints a layout. */
    private static String withChecksum(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum = (sum >> 1) | ((sum & 1) << 15);
            sum = (sum + body.charAt(i)) & 0xffff;
        }
        return String.format("%04x,%s", sum, body);
    }
}
