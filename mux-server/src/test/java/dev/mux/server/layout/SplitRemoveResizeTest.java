package dev.mux.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Splitting, killing panes and resizing the window, against recorded tmux behaviour.
 *
 * <p>Every expectation below was observed in tmux 3.3a (status off, window-size manual, a fresh
 * server per scenario, split-window -d so targets are explicit), printed as
 * list-panes -F '#{pane_index} #{pane_left} #{pane_top} #{pane_width} #{pane_height}' followed by
 * '#{window_width}x#{window_height} #{window_layout}' and the error of any failed command.
 */
class SplitRemoveResizeTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
            scenario("split left-right in half", 80, 24, "splitw -h -t 0", """
                    0 0 0 40 24
                    1 41 0 39 24
                    80x24 8205,80x24,0,0{40x24,0,0,0,39x24,41,0,1}
                    """),
            scenario("split top-bottom in half", 80, 24, "splitw -v -t 0", """
                    0 0 0 80 12
                    1 0 13 80 11
                    80x24 c195,80x24,0,0[80x12,0,0,0,80x11,0,13,1]
                    """),
            scenario("odd sizes round the new pane down", 81, 25, "splitw -h -t 0; splitw -v -t 0", """
                    0 0 0 40 12
                    1 0 13 40 12
                    2 41 0 40 25
                    81x25 9786,81x25,0,0{40x25,0,0[40x12,0,0,0,40x12,0,13,2],40x25,41,0,1}
                    """),
            scenario("sized split nests a top-bottom split", 80, 24, "splitw -h -t 0; splitw -v -l 5 -t 1", """
                    0 0 0 40 24
                    1 41 0 39 18
                    2 41 19 39 5
                    80x24 78ba,80x24,0,0{40x24,0,0,0,39x24,41,0[39x18,41,0,1,39x5,41,19,2]}
                    """),
            scenario("same direction adds a sibling", 80, 24, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 0", """
                    0 0 0 20 24
                    1 21 0 19 24
                    2 41 0 19 24
                    3 61 0 19 24
                    80x24 ff95,80x24,0,0{20x24,0,0,0,19x24,21,0,3,19x24,41,0,1,19x24,61,0,2}
                    """),
            scenario("before puts the new pane first", 80, 24, "splitw -h -b -t 0; splitw -v -b -l 3 -t 1", """
                    0 0 0 40 24
                    1 41 0 39 3
                    2 41 4 39 20
                    80x24 811c,80x24,0,0{40x24,0,0,1,39x24,41,0[39x3,41,0,2,39x20,41,4,0]}
                    """),
            scenario("oversized and zero sizes clamp", 80, 24, "splitw -h -l 100 -t 0; splitw -v -l 0 -t 0", """
                    0 0 0 1 22
                    1 0 23 1 1
                    2 2 0 78 24
                    80x24 2b5e,80x24,0,0{1x24,0,0[1x22,0,0,0,1x1,0,23,2],78x24,2,0,1}
                    """),
            scenario("oversized size before", 80, 24, "splitw -h -b -l 100 -t 0", """
                    0 0 0 1 24
                    1 2 0 78 24
                    80x24 6a0a,80x24,0,0{1x24,0,0,1,78x24,2,0,0}
                    """),
            scenario("before with size one less than the cell", 80, 24, "splitw -v -b -l 23 -t 0", """
                    0 0 0 80 22
                    1 0 23 80 1
                    80x24 58a6,80x24,0,0[80x22,0,0,1,80x1,0,23,0]
                    """),
            scenario("no space for a new pane", 3, 3, "splitw -h -t 0; splitw -h -t 0; splitw -v -t 1; splitw -v -t 1", """
                    0 0 0 1 3
                    1 2 0 1 1
                    2 2 2 1 1
                    3x3 d85a,3x3,0,0{1x3,0,0,0,1x3,2,0[1x1,2,0,1,1x1,2,2,2]}
                    ERR splitw -h -t 0 => no space for new pane
                    ERR splitw -v -t 1 => no space for new pane
                    """),
            scenario("deep mixed splits", 80, 24, "splitw -h -t 0; splitw -v -t 0; splitw -h -t 1; splitw -v -t 3; splitw -h -l 7 -t 2", """
                    0 0 0 40 12
                    1 0 13 20 11
                    2 21 13 11 11
                    3 33 13 7 11
                    4 41 0 39 12
                    5 41 13 39 11
                    80x24 24bf,80x24,0,0{40x24,0,0[40x12,0,0,0,40x11,0,13{20x11,0,13,2,11x11,21,13,3,7x11,33,13,5}],39x24,41,0[39x12,41,0,1,39x11,41,13,4]}
                    """),
            scenario("kill the first pane gives its space to the next", 80, 24, "splitw -h -t 0; splitw -h -t 1; killp -t 0", """
                    0 0 0 60 24
                    1 61 0 19 24
                    80x24 0bea,80x24,0,0{60x24,0,0,1,19x24,61,0,2}
                    """),
            scenario("kill a middle pane gives its space to the previous", 80, 24, "splitw -h -t 0; splitw -h -t 1; killp -t 1", """
                    0 0 0 60 24
                    1 61 0 19 24
                    80x24 0be6,80x24,0,0{60x24,0,0,0,19x24,61,0,2}
                    """),
            scenario("kill collapses a split into its parent", 80, 24, "splitw -h -t 0; splitw -v -t 1; killp -t 2", """
                    0 0 0 40 24
                    1 41 0 39 24
                    80x24 8205,80x24,0,0{40x24,0,0,0,39x24,41,0,1}
                    """),
            scenario("kill leaves nested same-direction splits", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -h -t 2; killp -t 1; splitw -h -t 0", """
                    0 0 0 20 24
                    1 21 0 19 24
                    2 41 0 19 24
                    3 61 0 19 24
                    80x24 e2cb,80x24,0,0{20x24,0,0,0,19x24,21,0,4,39x24,41,0{19x24,41,0,2,19x24,61,0,3}}
                    """),
            scenario("kill the root split collapses to the other branch", 80, 24, "splitw -v -t 0; splitw -h -t 1; killp -t 0", """
                    0 0 0 40 24
                    1 41 0 39 24
                    80x24 020a,80x24,0,0{40x24,0,0,1,39x24,41,0,2}
                    """),
            scenario("kill into a nested branch resizes it evenly", 80, 24, "splitw -h -t 0; splitw -h -t 1; splitw -v -t 0; killp -t 0; killp -t 0", """
                    0 0 0 60 24
                    1 61 0 19 24
                    80x24 0bea,80x24,0,0{60x24,0,0,1,19x24,61,0,2}
                    """),
            scenario("grow the window", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -h -t 0; resizew -x 100 -y 30", """
                    0 0 0 27 30
                    1 28 0 26 30
                    2 55 0 45 15
                    3 55 16 45 14
                    100x30 d647,100x30,0,0{27x30,0,0,0,26x30,28,0,3,45x30,55,0[45x15,55,0,1,45x14,55,16,2]}
                    """),
            scenario("shrink the window", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -h -t 0; resizew -x 61 -y 17", """
                    0 0 0 13 17
                    1 14 0 13 17
                    2 28 0 33 8
                    3 28 9 33 8
                    61x17 c185,61x17,0,0{13x17,0,0,0,13x17,14,0,3,33x17,28,0[33x8,28,0,1,33x8,28,9,2]}
                    """),
            scenario("shrink below the minimum then grow back", 20, 10, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; splitw -v -t 0; resizew -x 3 -y 1; resizew -x 30 -y 12", """
                    0 0 0 7 6
                    1 0 7 7 5
                    2 8 0 7 12
                    3 16 0 7 12
                    4 24 0 6 12
                    30x12 24df,30x12,0,0{7x12,0,0[7x6,0,0,0,7x5,0,7,4],7x12,8,0,1,7x12,16,0,2,6x12,24,0,3}
                    """),
            scenario("resize one column at a time", 80, 24, "splitw -h -t 0; splitw -h -t 1; splitw -v -t 2; resizew -x 79 -y 23; resizew -x 78 -y 22; resizew -x 81 -y 25", """
                    0 0 0 39 25
                    1 40 0 20 25
                    2 61 0 20 12
                    3 61 13 20 12
                    81x25 2a04,81x25,0,0{39x25,0,0,0,20x25,40,0,1,20x25,61,0[20x12,61,0,2,20x12,61,13,3]}
                    """),
            scenario("shrink below the minimum keeps every pane one cell", 20, 10, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; splitw -v -t 0; resizew -x 3 -y 1", """
                    0 0 0 1 1
                    1 0 2 1 1
                    2 2 0 1 3
                    3 4 0 1 3
                    4 6 0 1 3
                    7x3 e280,7x3,0,0{1x3,0,0[1x1,0,0,0,1x1,0,2,4],1x3,2,0,1,1x3,4,0,2,1x3,6,0,3}
                    """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void matchesTmux(String name, int columns, int rows, String commands, String observedInTmux) {
        assertEquals(observedInTmux, new TmuxScript(columns, rows).run(commands).result());
    }

    private static Arguments scenario(String name, int columns, int rows, String commands, String observed) {
        return Arguments.of(name, columns, rows, commands, observed);
    }
}
