package dev.mux.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What tmux cannot show: how the API treats misuse, and the parts that are mux's own choices. */
class LayoutContractTest {
    @Test
    void newLayoutIsOnePaneFillingTheWindow() {
        Layout<String> layout = new Layout<>("a", 80, 24);

        assertEquals(List.of("a"), layout.panes());
        assertEquals(new Geometry(0, 0, 80, 24), layout.geometry("a"));
    }

    @Test
    void unknownPaneIsRejected() {
        Layout<String> layout = new Layout<>("a", 80, 24);

        assertThrows(IllegalArgumentException.class, () -> layout.geometry("b"));
        assertThrows(IllegalArgumentException.class, () -> layout.remove("b"));
    }

    @Test
    void addingAPaneTwiceIsRejected() throws LayoutException {
        Layout<String> layout = new Layout<>("a", 80, 24);
        layout.split("a", "b", Split.LEFT_RIGHT, -1, false);

        assertThrows(IllegalArgumentException.class, () -> layout.split("a", "b", Split.TOP_BOTTOM, -1, false));
    }

    @Test
    void failedSplitLeavesTheLayoutAlone() {
        Layout<String> layout = new Layout<>("a", 2, 24);

        LayoutException e = assertThrows(LayoutException.class,
                () -> layout.split("a", "b", Split.LEFT_RIGHT, -1, false));
        assertEquals("no space for new pane", e.getMessage());
        assertEquals(List.of("a"), layout.panes());
        assertEquals(new Geometry(0, 0, 2, 24), layout.geometry("a"));
    }

    @Test
    void paneOrderFollowsEveryChangeOfTheTree() throws LayoutException {
        Layout<String> layout = new Layout<>("a", 80, 24);
        assertEquals(List.of("a"), layout.panes());

        layout.split("a", "b", Split.LEFT_RIGHT, -1, false);
        assertEquals(List.of("a", "b"), layout.panes());
        layout.split("a", "c", Split.TOP_BOTTOM, -1, true);
        assertEquals(List.of("c", "a", "b"), layout.panes());
        layout.swap("c", "b");
        assertEquals(List.of("b", "a", "c"), layout.panes());
        layout.resize(100, 30);
        assertEquals(List.of("b", "a", "c"), layout.panes());
        layout.apply(Preset.EVEN_VERTICAL);
        assertEquals(List.of("b", "a", "c"), layout.panes());
        layout.remove("a");
        assertEquals(List.of("b", "c"), layout.panes());
        assertThrows(UnsupportedOperationException.class, () -> layout.panes().add("d"));
    }

    @Test
    void bordersFollowEveryChangeOfTheTreeOrOfASize() throws LayoutException {
        Layout<String> asked = new Layout<>("a", 80, 24);
        assertEquals(List.of(), asked.borders());
        assertEquals(List.of(), asked.borderCells());
        asked.split("a", "b", Split.LEFT_RIGHT, -1, false);
        assertEquals(List.of(new Border(40, 0, 24, true)), asked.borders());
        assertCellsOfItsBorders(asked);
        asked.split("b", "c", Split.TOP_BOTTOM, -1, false);
        assertEquals(bordersOf(l -> { }), asked.borders());
        assertCellsOfItsBorders(asked);
        asked.resize(100, 30);
        assertEquals(bordersOf(l -> l.resize(100, 30)), asked.borders());
        assertCellsOfItsBorders(asked);
        asked.resizePane("a", Direction.RIGHT, 5);
        assertEquals(bordersOf(l -> {
            l.resize(100, 30);
            l.resizePane("a", Direction.RIGHT, 5);
        }), asked.borders());
        assertCellsOfItsBorders(asked);
        asked.apply(Preset.EVEN_VERTICAL);
        assertEquals(bordersOf(l -> {
            l.resize(100, 30);
            l.apply(Preset.EVEN_VERTICAL);
        }), asked.borders());
        assertCellsOfItsBorders(asked);
        asked.remove("c");
        assertEquals(List.of(new Border(0, asked.geometry("a").rows(), 100, false)), asked.borders());
        assertCellsOfItsBorders(asked);
    }

    /** The cells a layout keeps are those of its borders now, asked after it answered before. */
    private static void assertCellsOfItsBorders(Layout<String> layout) {
        assertEquals(BorderCell.of(layout.borders()), layout.borderCells());
    }

    /** The borders of a layout that never answered before: "a" | ("b" over "c") at 80x24, then {@code then}. */
    private static List<Border> bordersOf(Consumer<Layout<String>> then) throws LayoutException {
        Layout<String> fresh = new Layout<>("a", 80, 24);
        fresh.split("a", "b", Split.LEFT_RIGHT, -1, false);
        fresh.split("b", "c", Split.TOP_BOTTOM, -1, false);
        then.accept(fresh);
        return fresh.borders();
    }

    @Test
    void lastPaneIsNotRemoved() {
        Layout<String> layout = new Layout<>("a", 80, 24);

        assertThrows(IllegalStateException.class, () -> layout.remove("a"));
    }

    @Test
    void windowSizeIsClampedToAtLeastOneCell() {
        Layout<String> layout = new Layout<>("a", 0, -5);
        layout.resize(-1, 0);

        assertEquals(new Geometry(0, 0, 1, 1), layout.geometry("a"));
    }

    @Test
    void presetNamesAcceptUniquePrefixesLikeTmux() {
        assertEquals(Optional.of(Preset.EVEN_HORIZONTAL), Layout.presetNamed("even-horizontal"));
        assertEquals(Optional.of(Preset.MAIN_VERTICAL), Layout.presetNamed("main-v"));
        assertEquals(Optional.of(Preset.TILED), Layout.presetNamed("t"));
        assertEquals(Optional.empty(), Layout.presetNamed("even"));
        assertEquals(Optional.empty(), Layout.presetNamed("spiral"));
    }

    @Test
    void presetsCycleInTmuxOrder() {
        assertEquals(Preset.EVEN_VERTICAL, Preset.EVEN_HORIZONTAL.next());
        assertEquals(Preset.EVEN_HORIZONTAL, Preset.TILED.next());
        assertEquals(Preset.TILED, Preset.EVEN_HORIZONTAL.previous());
        assertEquals("main-horizontal", Preset.MAIN_HORIZONTAL.tmuxName());
    }

    @Test
    void checksumIsTmuxs() {
        // 8205 is what tmux 3.3a printed for this layout (see SplitRemoveResizeTest).
        assertEquals(0x8205, LayoutString.checksum("80x24,0,0{40x24,0,0,0,39x24,41,0,1}"));
    }

    /** mux's own choice where tmux would ask which candidate was active last. */
    @Test
    void neighbourWithoutHistoryPrefersThePaneAcrossTheCentreLine() {
        Layout<Integer> layout = new TmuxScript(80, 24).run("splitw -h -t 0; splitw -v -l 20 -t 1").layout();
        // Right of pane 0 (rows 0-23, centre row 12) are panes 1 (rows 0-2) and 2 (rows 4-23).

        assertEquals(Optional.of(2), layout.neighbour(0, Direction.RIGHT));
        assertEquals(Optional.of(1), layout.neighbour(0, Direction.RIGHT, pane -> pane == 1 ? 1 : 0));
    }
}
