package dev.mux.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * swap-window, move-window, rotate-window, last-pane, previous-layout, join-pane, move-pane,
 * select-pane's flags, link-window and unlink-window, held to what tmux 3.3a does with the same
 * commands: the windows and panes after each step, and the messages and statuses of bad input.
 */
class WindowAndPaneMovesTest {
    private static final String WINDOWS = "#{session_name}:#{window_index} #{window_name}#{?window_active,*,}"
            + "#{?window_last_flag,-,} #{window_panes}";
    private static final String PANES = "#{window_index}.#{pane_index} #{pane_id} #{?pane_active,*,}"
            + " #{pane_left},#{pane_top} #{pane_width}x#{pane_height} #{window_zoomed_flag}";
    private static final String SLEEP = "exec sleep 600";

    @TempDir
    Path scratch;

    @Test
    void swapWindowExchangesPlacesInOneSessionOrAcrossTwo() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "a", "zero", "one", "two");
            windows(twins, "b", "bee", "cee");
            twins.same("swap-window", "-s", "a:0", "-t", "a:2");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("swap-window", "-d", "-s", "a:1", "-t", "a:2");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("swap-window", "-s", "a:0", "-t", "b:1");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("swap-window", "-d", "-s", "b:0", "-t", "a:1");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("swap-window", "-s", "a:1", "-t", "a:1");
            twins.same("swap-window", "-s", "a:7", "-t", "a:1");
            twins.same("swap-window", "-s", "a:1", "-t", "nosuch:1");
            twins.same("swap-window", "-x");
        }
    }

    @Test
    void moveWindowTakesAFreeIndexReplacesShufflesAndRenumbers() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "a", "zero", "one", "two", "three");
            windows(twins, "b", "bee");
            twins.same("move-window", "-s", "a:1", "-t", "a:5");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("move-window", "-s", "a:0", "-t", "a:2");
            twins.same("move-window", "-s", "a:2", "-t", "a:2");
            twins.same("move-window", "-k", "-s", "a:2", "-t", "a:2");
            twins.same("move-window", "-d", "-k", "-s", "a:0", "-t", "a:2");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("move-window", "-a", "-s", "a:5", "-t", "a:2");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("move-window", "-b", "-s", "b:0", "-t", "a:2");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("has-session", "-t", "b");
            twins.same("move-window", "-r", "-t", "a");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("move-window", "-r", "-t", "nosuch");
            twins.same("move-window", "-s", "a:9", "-t", "a:1");
            twins.same("new-session", "-d", "-s", "c", "-n", "cee", "-x", "80", "-y", "24", SLEEP);
            twins.same("move-window", "-d", "-s", "a:0", "-t", "c");
            twins.same("set", "-t", "a", "renumber-windows", "on");
            twins.same("move-window", "-t", "c:7");
            twins.same("list-windows", "-a", "-F", WINDOWS);
        }
    }

    @Test
    void rotateWindowLastPaneAndPreviousLayoutMoveThePanes() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "p", "panes");
            twins.same("split-window", "-d", "-t", "p:0", SLEEP);
            twins.same("last-pane", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("split-window", "-h", "-t", "p:0.0", SLEEP);
            twins.same("split-window", "-h", "-l", "10", "-t", "p:0.2", SLEEP);
            twins.same("rotate-window", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("rotate-window", "-D", "-t", "p:0");
            twins.same("rotate-window", "-D", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("last-pane", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("resize-pane", "-Z", "-t", "p:0.1");
            twins.same("rotate-window", "-Z", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("last-pane", "-Z", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            twins.same("rotate-window", "-t", "p:0");
            twins.same("list-panes", "-t", "p:0", "-F", PANES);
            for (int i = 0; i < 6; i++) {
                twins.same("previous-layout", "-t", "p:0");
                twins.same("list-panes", "-t", "p:0", "-F", PANES);
            }
            twins.same("new-window", "-d", "-t", "p:1", SLEEP);
            twins.same("last-pane", "-t", "p:1");
            twins.same("rotate-window", "-t", "p:1");
            twins.same("last-pane", "-x");
        }
    }

    @Test
    void joinPaneAndMovePaneMoveARunningPaneBesideAnother() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "j", "zero", "one", "two");
            windows(twins, "k", "kay");
            twins.same("split-window", "-d", "-t", "j:0", SLEEP);
            twins.same("join-pane", "-h", "-s", "j:1", "-t", "j:0.0");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("list-panes", "-s", "-t", "j", "-F", PANES);
            twins.same("join-pane", "-d", "-b", "-l", "5", "-s", "j:0.2", "-t", "j:0.1");
            twins.same("list-panes", "-s", "-t", "j", "-F", PANES);
            twins.same("move-pane", "-h", "-l", "30%", "-s", "j:0.0", "-t", "j:2");
            twins.same("list-panes", "-s", "-t", "j", "-F", PANES);
            twins.same("join-pane", "-s", "j:0.0", "-t", "j:0.0");
            twins.same("join-pane", "-l", "x", "-s", "j:0.0", "-t", "j:2");
            twins.same("join-pane", "-p", "101", "-s", "j:0.0", "-t", "j:2");
            twins.same("move-pane", "-s", "k:0", "-t", "j:0.1");
            twins.same("has-session", "-t", "k");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("list-panes", "-s", "-t", "j", "-F", PANES);
            twins.same("join-pane", "-s", "j:0.1", "-t", "nosuch");
        }
    }

    @Test
    void selectPaneMarksTitlesZoomsAndTurnsInputOff() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "s", "zero", "one");
            twins.same("split-window", "-d", "-t", "s:0", "exec cat");
            twins.same("select-pane", "-T", "#{session_name} title", "-t", "s:0.1");
            twins.same("display-message", "-p", "-t", "s:0.1", "#{pane_title}");
            twins.same("select-pane", "-m", "-t", "s:0.1");
            twins.same("display-message", "-p", "-t", "~", "#{pane_id}");
            twins.same("display-message", "-p", "-t", "{marked}", "#{pane_id}");
            twins.same("join-pane", "-h", "-t", "s:1");
            twins.same("list-panes", "-s", "-t", "s", "-F", PANES);
            twins.same("select-pane", "-m", "-t", "s:1.1");
            twins.same("display-message", "-p", "-t", "~", "#{pane_id}");
            twins.same("select-pane", "-m", "-t", "s:1.0");
            twins.same("select-pane", "-M");
            twins.same("swap-pane", "-s", "~", "-t", "s:1.0");
            twins.same("select-pane", "-t", "s:1.0");
            twins.same("resize-pane", "-Z", "-t", "s:1.0");
            twins.same("select-pane", "-Z", "-t", "s:1.1");
            twins.same("list-panes", "-t", "s:1", "-F", PANES);
            twins.same("select-pane", "-t", "s:1.0");
            twins.same("list-panes", "-t", "s:1", "-F", PANES);
            twins.same("select-pane", "-t", "s:1.1");
            twins.same("display-message", "-p", "-t", "s", "#{window_index}");
            twins.same("select-pane", "-d", "-t", "s:1.1");
            twins.same("send-keys", "-t", "s:1.1", "dropped", "Enter");
            twins.same("select-pane", "-e", "-t", "s:1.1");
            twins.same("send-keys", "-t", "s:1.1", "typed", "Enter");
            twins.sameOnce(out -> out.contains("typed\ntyped"), "capture-pane", "-p", "-t", "s:1.1");
        }
    }

    @Test
    void unlinkWindowKillsWithKAndLinkWindowLinksTwiceIntoOneSession() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            windows(twins, "u", "zero", "one");
            twins.same("unlink-window", "-t", "u:1");
            twins.same("unlink-window", "-k", "-t", "u:1");
            twins.same("list-windows", "-a", "-F", WINDOWS);
            twins.same("link-window", "-s", "u:5", "-t", "u:3");
            twins.same("link-window", "-s", "u:0", "-t", "u:3");
            twins.same("list-windows", "-a", "-F", WINDOWS);
        }
    }

    @Test
    void resizeWindowGivesAWindowASizeOfItsOwn() throws Exception {
        try (MuxHarness harness = MuxHarness.create(scratch); TwinServers twins = new TwinServers(harness)) {
            String size = "#{window_width}x#{window_height}";
            windows(twins, "z", "zero", "one");
            twins.same("split-window", "-d", "-t", "z:0", SLEEP);
            twins.same("resize-window", "-x", "100", "-y", "30", "-t", "z:0");
            twins.same("display-message", "-p", "-t", "z:0", size);
            twins.same("list-panes", "-t", "z:0", "-F", PANES);
            twins.same("display-message", "-p", "-t", "z:1", size);
            twins.same("show-options", "-w", "-t", "z:0", "window-size");
            twins.same("resize-window", "-L", "-t", "z:0", "10");
            twins.same("resize-window", "-U", "-t", "z:0");
            twins.same("display-message", "-p", "-t", "z:0", size);
            twins.same("resize-window", "-D", "-R", "-t", "z:0", "4");
            twins.same("display-message", "-p", "-t", "z:0", size);
            twins.same("resize-window", "-A", "-t", "z:0");
            twins.same("display-message", "-p", "-t", "z:0", size);
            twins.same("resize-window", "-x", "0", "-t", "z:0");
            twins.same("resize-window", "-x", "wide", "-t", "z:0");
            twins.same("resize-window", "-t", "z:0", "0");
        }
    }

    /** A session of windows named as given, each running a sleep, on both servers. */
    private static void windows(TwinServers twins, String session, String first, String... more) {
        twins.same("new-session", "-d", "-s", session, "-n", first, "-x", "80", "-y", "24", SLEEP);
        for (String name : more) twins.same("new-window", "-d", "-t", session + ":", "-n", name, SLEEP);
    }
}
