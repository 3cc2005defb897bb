package dev.mux.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pane-border-status and pane-border-format as tmux 3.3a draws them: the line above (or below) the
 * panes, each pane's status on it in its border style, the panes at the edge a row shorter;
 * compared on the screens of an outer terminal around each server's client.
 */
class PaneBorderStatusDifferentialTest {
    private static final int COLUMNS = 60;
    private static final int ROWS = 12;

    @TempDir
    Path scratch;

    @Test
    void statusesOnTopOfThreePanes() throws Exception {
        List<List<String>> setup = threePanes("top");
        setup.add(List.of("set", "-g", "pane-border-format", "#{?pane_active,#[reverse],}#{pane_index}#[default] \"#{pane_title}\" #{pane_height}"));
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, setup, List.of(), screen -> screen, "\"left\"");
    }

    @Test
    void statusesAtTheBottomInTheirStylesWithDoubleLines() throws Exception {
        List<List<String>> setup = threePanes("bottom");
        setup.add(List.of("set", "-g", "pane-border-lines", "double"));
        setup.add(List.of("set", "-g", "pane-border-style", "fg=green"));
        setup.add(List.of("set", "-g", "pane-active-border-style", "fg=red,bold"));
        setup.add(List.of("set", "-g", "pane-border-format", "[#[fg=blue]#{pane_index}#[default]:#{pane_width}x#{pane_height}]"));
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, setup, List.of(), screen -> screen, ":");
    }

    @Test
    void aZoomedPaneKeepsItsStatusLine() throws Exception {
        List<List<String>> setup = threePanes("top");
        setup.add(List.of("resize-pane", "-Z", "-t", ":0.1"));
        SideBySide.assertDrawnAsTmux(scratch, COLUMNS, ROWS, setup, List.of(), screen -> screen, "\"upper\"");
    }

    /** A pane on the left, two on the right, titled, the upper right one active. */
    private static List<List<String>> threePanes(String status) {
        return new ArrayList<>(List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w0", "sleep 3600"),
                List.of("set", "-g", "automatic-rename", "off"),
                List.of("set", "-g", "status-right", ""),
                List.of("split-window", "-h", "sleep 3600"),
                List.of("split-window", "-v", "sleep 3600"),
                List.of("select-pane", "-t", ":0.0", "-T", "left"),
                List.of("select-pane", "-t", ":0.1", "-T", "upper"),
                List.of("select-pane", "-t", ":0.2", "-T", "lower"),
                List.of("select-pane", "-t", ":0.1"),
                List.of("set", "-g", "pane-border-status", status)));
    }
}
