package dev.mux.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BordersTest {
    @Test
    void oneSplitHasOneFullLengthSeparator() {
        Layout<Integer> layout = new TmuxScript(80, 24).run("splitw -h -t 0").layout();

        assertEquals(List.of(new Border(40, 0, 24, true)), layout.borders());
    }

    @Test
    void nestedSplitSeparatorSpansOnlyItsBranch() {
        Layout<Integer> layout = new TmuxScript(80, 24).run("splitw -h -t 0; splitw -v -l 5 -t 1").layout();

        assertEquals(List.of(new Border(40, 0, 24, true), new Border(41, 18, 39, false)), layout.borders());
    }

    @Test
    void unsplitWindowHasNoBorders() {
        assertEquals(List.of(), new Layout<>("only", 80, 24).borders());
    }

    /** Every cell of the window is in exactly one pane or on a border, never both. */
    @Test
    void panesAndBordersTileTheWindow() {
        Layout<Integer> layout = new TmuxScript(80, 24)
                .run("splitw -h -t 0; splitw -v -t 0; splitw -h -t 1; splitw -v -t 3; splitw -h -l 7 -t 2; killp -t 4")
                .layout();
        int[][] owners = new int[layout.rows()][layout.columns()];
        for (Integer pane : layout.panes()) {
            Geometry g = layout.geometry(pane);
            for (int y = g.y(); y < g.y() + g.rows(); y++) {
                for (int x = g.x(); x < g.x() + g.columns(); x++) {
                    owners[y][x]++;
                }
            }
        }
        for (Border border : layout.borders()) {
            for (int i = 0; i < border.length(); i++) {
                int x = border.vertical() ? border.x() : border.x() + i;
                int y = border.vertical() ? border.y() + i : border.y();
                assertTrue(owners[y][x] <= 0, "border over a pane at " + x + "," + y);
                owners[y][x] = -1;
            }
        }
        for (int y = 0; y < layout.rows(); y++) {
            for (int x = 0; x < layout.columns(); x++) {
                assertTrue(owners[y][x] == 1 || owners[y][x] == -1, "cell " + x + "," + y + " covered " + owners[y][x]);
            }
        }
    }
}
