package dev.mux.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * display-menu as tmux 3.3a draws it and as its keys and mouse choose: the same menus opened by the
 * same keys (and tmux's default right-click menu) in two outer terminals, one attached to tmux and
 * one to mux, must look the same (box, title, separators, disabled items, keys, the chosen item in
 * mode-style, at the -x/-y positions) and run the same commands.
 */
class MenuDifferentialTest {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    private static final List<String> ITEMS = List.of("Alpha", "a", "rename-window alpha", "", "-Disabled", "d", "",
            "Beta item", "b", "rename-window beta", "A longer item with a key", "C-r", "rename-window long");

    @TempDir
    Path scratch;

    private static AttachedTwins started(MuxHarness mux) throws Exception {
        return AttachedTwins.start(mux, COLUMNS, ROWS, List.of(
                List.of("new-session", "-d", "-s", "s", "-n", "w", "-x", "80", "-y", "23", "sleep 3600"),
                List.of("split-window", "-h", "-t", "s", "sleep 3600"),
                List.of("set-option", "-g", "status-right", "%%"),
                List.of("bind-key", "-n", "F5", "display-menu", "-x", "5", "-y", "15", "Alpha", "a", "rename-window alpha",
                        "", "-Disabled", "d", "", "Beta item", "b", "rename-window beta")));
    }

    @Test
    void keysMoveTheChoiceSkippingSeparatorsAndDisabledItemsAndEnterRunsIt() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.sendKeys("F5");
            both.sameScreens(UnaryOperator.identity(), "Alpha");
            both.sendKeys("Down");
            both.sameScreens(UnaryOperator.identity(), "Beta item");
            both.sendKeys("Enter");
            both.both("beta", "display-message", "-p", "-t", "s", "#{window_name}");
            both.sameScreens(UnaryOperator.identity(), "beta");

            both.sendKeys("F5");
            both.sameScreens(UnaryOperator.identity(), "Alpha");
            both.sendKeys("a");
            both.both("alpha", "display-message", "-p", "-t", "s", "#{window_name}");
        }
    }

    @Test
    void theCommandsAfterAMenuWaitUntilItGoes() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("bind-key", "-n", "F6", "display-menu", "-x", "5", "-y", "15", "Alpha", "a", "set -g @chosen yes",
                    ";", "set", "-g", "@after", "yes");
            both.sendKeys("F6");
            both.sameScreens(UnaryOperator.identity(), "Alpha");
            both.same("show-options", "-gqv", "@after");
            both.sendKeys("Escape");
            both.both("yes", "show-options", "-gqv", "@after");
            both.same("show-options", "-gqv", "@chosen");
        }
    }

    @Test
    void theChosenCommandRunsAfterTheRestOfTheList() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            // tmux appends the chosen item's command to the queue, behind the commands the menu held up.
            both.same("bind-key", "-n", "F6", "display-menu", "-x", "5", "-y", "15", "Alpha", "a",
                    "set -gF @order '#{@order}c'", ";", "set", "-gF", "@order", "#{@order}r");
            both.sendKeys("F6");
            both.sameScreens(UnaryOperator.identity(), "Alpha");
            both.sendKeys("a");
            both.both("rc", "show-options", "-gqv", "@order");

            // So it does when the rest waits for a shell command first.
            both.same("set-option", "-g", "@order", "");
            both.same("bind-key", "-n", "F6", "display-menu", "-x", "5", "-y", "15", "Alpha", "a",
                    "set -gF @order '#{@order}c'", ";", "run-shell", "sleep 1", ";", "set", "-gF", "@order", "#{@order}r");
            both.sendKeys("F6");
            both.sameScreens(UnaryOperator.identity(), "Alpha");
            both.sendKeys("a");
            both.both("rc", "show-options", "-gqv", "@order");
        }
    }

    @Test
    void menusSitWhereTheirPositionsSayWithTitleAndKeys() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            String[][] positions = {{"-x", "C", "-y", "C"}, {"-x", "P", "-y", "P"}, {"-x", "R", "-y", "S"},
                    {"-x", "W", "-y", "W"}, {"-x", "70", "-y", "2"}};
            for (String[] position : positions) {
                List<String> bind = new java.util.ArrayList<>(List.of("bind-key", "-n", "F6", "display-menu", "-T", "#[align=centre]Pick"));
                bind.addAll(List.of(position));
                bind.addAll(ITEMS);
                both.same(bind.toArray(String[]::new));
                both.sendKeys("F6");
                both.sameScreens(UnaryOperator.identity(), "(C-r)");
                both.sendKeys("Escape");
                both.sameScreens(UnaryOperator.identity(), "[s]");
            }
        }
    }

    @Test
    void theDefaultRightClickMenuOpensAtThePointerAndAClickChooses() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); AttachedTwins both = started(mux)) {
            both.same("set-option", "-g", "mouse", "on");
            both.sendBytes("\033[<2;10;6M\033[<2;10;6m");
            both.sameScreens(UnaryOperator.identity(), "Horizontal Split");
            String screen = both.muxTerminal.capture();
            List<String> lines = screen.lines().toList();
            int row = 0;
            while (row < lines.size() && !lines.get(row).contains("Horizontal Split")) row++;
            int column = lines.get(row).indexOf("Horizontal Split");
            both.sendBytes("\033[<0;" + (column + 2) + ";" + (row + 1) + "M\033[<0;" + (column + 2) + ";" + (row + 1) + "m");
            both.both("3", "display-message", "-p", "-t", "s", "#{window_panes}");
        }
    }
}
