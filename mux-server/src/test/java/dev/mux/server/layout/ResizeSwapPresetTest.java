package dev.mux.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * resize-pane, swap-pane and select-layout, against recorded tmux behaviour.
 *
 * <p>Every expectation below was observed in tmux 3.3a (status off, window-size manual, a fresh
 * server per scenario, split-window -d so targets are explicit), printed as
 * list-panes -F '#{pane_index} #{pane_left} #{pane_top} #{pane_width} #{pane_height}' followed by
 * '#{window_width}x#{window_height} #{window_layout}' and the error of any failed command.
 */
class ResizeSwapPresetTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
            scenario("resize left shrinks a first pane", 80, 24, "splitw -h -t 0; resizep -t 0 -L 3", """
                    0 0 0 37 24
                    1 38 0 42 24
                    80x24 c235,80x24,0,0{37x24,0,0,0,42x24,38,0,1}
                    """),
            scenario("resize right grows a first pane", 80, 24, "splitw -h -t 0; resizep -t 0 -R 10", """
                    0 0 0 50 24
                    1 51 0 29 24
                    80x24 86f5,80x24,0,0{50x24,0,0,0,29x24,51,0,1}
                    """),
            scenario("resize left grows a last pane", 80, 24, "splitw -h -t 0; resizep -t 1 -L 5", """
                    0 0 0 35 24
                    1 36 0 44 24
                    80x24 ae75,80x24,0,0{35x24,0,0,0,44x24,36,0,1}
                    """),
            scenario("resize by one by default", 80, 24, "splitw -v -t 0; resizep -t 1 -U", """
                    0 0 0 80 11
                    1 0 12 80 12
                    80x24 9295,80x24,0,0[80x11,0,0,0,80x12,0,12,1]
                    """),
            scenario("resize takes from later siblings first", 80, 24, "splitw -h -t 0; splitw -h -t 1; resizep -t 0 -R 30", """
                    0 0 0 70 24
                    1 71 0 1 24
                    2 73 0 7 24
                    80x24 b767,80x24,0,0{70x24,0,0,0,1x24,71,0,1,7x24,73,0,2}
                    """),
            scenario("resize past the limit stops at one cell", 80, 24, "splitw -h -t 0; splitw -h -t 1; resizep -t 0 -R 200", """
                    0 0 0 76 24
                    1 77 0 1 24
                    2 79 0 1 24
                    80x24 64ac,80x24,0,0{76x24,0,0,0,1x24,77,0,1,1x24,79,0,2}
                    """),
            scenario("resize takes from earlier siblings when later ones are full", 80, 24, "splitw -h -t 0; splitw -h -t 1; resizep -t 2 -R 5; resizep -t 1 -R 50", """
                    0 0 0 3 24
                    1 4 0 74 24
                    2 79 0 1 24
                    80x24 38ed,80x24,0,0{3x24,0,0,0,74x24,4,0,1,1x24,79,0,2}
                    """),
            scenario("resize shrink walks back to a pane with room", 80, 24, "splitw -h -t 0; splitw -h -t 1; resizep -t 0 -L 200; resizep -t 1 -L 30", """
                    0 0 0 1 24
                    1 2 0 28 24
                    2 31 0 49 24
                    80x24 2a9c,80x24,0,0{1x24,0,0,0,28x24,2,0,1,49x24,31,0,2}
                    """),
            scenario("resize goes up to the enclosing split on that axis", 80, 24, "splitw -h -t 0; splitw -v -t 1; resizep -t 2 -L 6; resizep -t 0 -D 4", """
                    0 0 0 34 24
                    1 35 0 45 12
                    2 35 13 45 11
                    80x24 b88a,80x24,0,0{34x24,0,0,0,45x24,35,0[45x12,35,0,1,45x11,35,13,2]}
                    """),
            scenario("resize with no split on the axis does nothing", 80, 24, "splitw -h -t 0; resizep -t 0 -U 4", """
                    0 0 0 40 24
                    1 41 0 39 24
                    80x24 8205,80x24,0,0{40x24,0,0,0,39x24,41,0,1}
                    """),
            scenario("resize a nested branch spreads over its panes", 80, 24, "splitw -h -t 0; splitw -h -t 1; splitw -v -t 0; splitw -h -t 2; resizep -t 0 -R 9; resizep -t 3 -L 4", """
                    0 0 0 49 12
                    1 0 13 49 11
                    2 50 0 1 24
                    3 52 0 4 24
                    4 57 0 23 24
                    80x24 e438,80x24,0,0{49x24,0,0[49x12,0,0,0,49x11,0,13,3],1x24,50,0,1,4x24,52,0,4,23x24,57,0,2}
                    """),
            scenario("swap exchanges positions and indexes", 80, 24, "splitw -h -t 0; splitw -v -l 5 -t 1; swapp -s 0 -t 2", """
                    0 0 0 40 24
                    1 41 0 39 18
                    2 41 19 39 5
                    80x24 fcb9,80x24,0,0{40x24,0,0,2,39x24,41,0[39x18,41,0,1,39x5,41,19,0]}
                    """),
            scenario("swap then split the moved pane", 80, 24, "splitw -h -t 0; splitw -v -t 1; swapp -s 2 -t 0; splitw -h -t 0", """
                    0 0 0 20 24
                    1 21 0 19 24
                    2 41 0 39 12
                    3 41 13 39 11
                    80x24 8f26,80x24,0,0{20x24,0,0,2,19x24,21,0,3,39x24,41,0[39x12,41,0,1,39x11,41,13,0]}
                    """),
            scenario("even-horizontal", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 0; selectl even-horizontal", """
                    0 0 0 19 24
                    1 20 0 19 24
                    2 40 0 19 24
                    3 60 0 20 24
                    80x24 f687,80x24,0,0{19x24,0,0,0,19x24,20,0,3,19x24,40,0,1,20x24,60,0,2}
                    """),
            scenario("even-vertical", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 0; selectl even-vertical", """
                    0 0 0 80 5
                    1 0 6 80 5
                    2 0 12 80 5
                    3 0 18 80 6
                    80x24 21b8,80x24,0,0[80x5,0,0,0,80x5,0,6,3,80x5,0,12,1,80x6,0,18,2]
                    """),
            scenario("main-horizontal", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 0; selectl main-horizontal", """
                    0 0 0 80 22
                    1 0 23 26 1
                    2 27 23 26 1
                    3 54 23 26 1
                    80x24 0335,80x24,0,0[80x22,0,0,0,80x1,0,23{26x1,0,23,3,26x1,27,23,1,26x1,54,23,2}]
                    """),
            scenario("main-vertical", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 0; selectl main-vertical", """
                    0 0 0 78 24
                    1 79 0 1 7
                    2 79 8 1 7
                    3 79 16 1 8
                    80x24 1720,80x24,0,0{78x24,0,0,0,1x24,79,0[1x7,79,0,3,1x7,79,8,1,1x8,79,16,2]}
                    """),
            scenario("tiled", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 0; splitw -h -t 2; selectl tiled", """
                    0 0 0 39 7
                    1 40 0 40 7
                    2 0 8 39 7
                    3 40 8 40 7
                    4 0 16 80 8
                    80x24 8b94,80x24,0,0[80x7,0,0{39x7,0,0,0,40x7,40,0,3},80x7,0,8{39x7,0,8,1,40x7,40,8,4},80x8,0,16,2]
                    """),
            scenario("tiled with a short last row", 80, 24, "splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; splitw -v -t 0; splitw -v -t 1; selectl tiled", """
                    0 0 0 26 7
                    1 27 0 26 7
                    2 54 0 26 7
                    3 0 8 26 7
                    4 27 8 26 7
                    5 54 8 26 7
                    6 0 16 80 8
                    80x24 33cd,80x24,0,0[80x7,0,0{26x7,0,0,0,26x7,27,0,5,26x7,54,0,6},80x7,0,8{26x7,0,8,4,26x7,27,8,3,26x7,54,8,2},80x8,0,16,1]
                    """),
            scenario("tiled on a large window", 200, 50, "splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; selectl tiled", """
                    0 0 0 99 16
                    1 100 0 100 16
                    2 0 17 99 16
                    3 100 17 100 16
                    4 0 34 200 16
                    200x50 b29a,200x50,0,0[200x16,0,0{99x16,0,0,0,100x16,100,0,4},200x16,0,17{99x16,0,17,3,100x16,100,17,2},200x16,0,34,1]
                    """),
            scenario("main-horizontal with two panes", 80, 24, "splitw -h -t 0; selectl main-horizontal", """
                    0 0 0 80 22
                    1 0 23 80 1
                    80x24 d89e,80x24,0,0[80x22,0,0,0,80x1,0,23,1]
                    """),
            scenario("main-horizontal on a tall window", 120, 60, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; selectl main-horizontal", """
                    0 0 0 120 24
                    1 0 25 39 35
                    2 40 25 39 35
                    3 80 25 40 35
                    120x60 3fa6,120x60,0,0[120x24,0,0,0,120x35,0,25{39x35,0,25,1,39x35,40,25,2,40x35,80,25,3}]
                    """),
            scenario("main-vertical on a wide window", 200, 50, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; selectl main-vertical", """
                    0 0 0 80 50
                    1 81 0 119 16
                    2 81 17 119 16
                    3 81 34 119 16
                    200x50 fffb,200x50,0,0{80x50,0,0,0,119x50,81,0[119x16,81,0,1,119x16,81,17,2,119x16,81,34,3]}
                    """),
            scenario("main-vertical with two panes on a wide window", 120, 30, "splitw -v -t 0; selectl main-vertical", """
                    0 0 0 80 30
                    1 81 0 39 30
                    120x30 fa7b,120x30,0,0{80x30,0,0,0,39x30,81,0,1}
                    """),
            scenario("main layouts clip on a small window", 10, 6, "splitw -h -t 0; splitw -v -t 0; selectl main-horizontal", """
                    0 0 0 10 4
                    1 0 5 4 1
                    2 5 5 5 1
                    10x6 242e,10x6,0,0[10x4,0,0,0,10x1,0,5{4x1,0,5,2,5x1,5,5,1}]
                    """),
            scenario("main-vertical clips on a narrow window", 4, 10, "splitw -v -t 0; splitw -v -t 0; selectl main-vertical", """
                    0 0 0 2 10
                    1 3 0 1 4
                    2 3 5 1 5
                    4x10 7e2f,4x10,0,0{2x10,0,0,0,1x10,3,0[1x4,3,0,2,1x5,3,5,1]}
                    """),
            scenario("even-horizontal grows a window too narrow for the panes", 7, 30, "splitw -v -t 0; splitw -v -t 0; splitw -v -t 0; splitw -v -t 0; selectl even-horizontal", """
                    0 0 0 1 30
                    1 2 0 1 30
                    2 4 0 1 30
                    3 6 0 1 30
                    4 8 0 1 30
                    9x30 ed00,9x30,0,0{1x30,0,0,0,1x30,2,0,4,1x30,4,0,3,1x30,6,0,2,1x30,8,0,1}
                    """),
            scenario("tiled grows a window too small for the panes", 3, 3, "splitw -h -t 0; splitw -v -t 0; splitw -v -t 2; selectl tiled", """
                    0 0 0 1 1
                    1 2 0 1 1
                    2 0 2 1 1
                    3 2 2 1 1
                    3x3 8126,3x3,0,0[3x1,0,0{1x1,0,0,0,1x1,2,0,2},3x1,0,2{1x1,0,2,1,1x1,2,2,3}]
                    """),
            scenario("preset then split and resize", 80, 24, "splitw -h -t 0; splitw -h -t 1; selectl tiled; splitw -v -t 1; resizew -x 100 -y 40; killp -t 0", """
                    0 0 0 100 13
                    1 0 14 100 5
                    2 0 20 100 20
                    100x40 b94b,100x40,0,0[100x19,0,0[100x13,0,0,1,100x5,0,14,3],100x20,0,20,2]
                    """),
            scenario("preset on one pane does nothing", 80, 24, "selectl main-vertical", """
                    0 0 0 80 24
                    80x24 b25d,80x24,0,0,0
                    """),
            scenario("main-horizontal grows a window too narrow for the others", 6, 30, "splitw -v -t 0; splitw -v -t 0; splitw -v -t 0; splitw -v -t 0; selectl main-horizontal", """
                    0 0 0 7 24
                    1 0 25 1 5
                    2 2 25 1 5
                    3 4 25 1 5
                    4 6 25 1 5
                    7x30 0b87,7x30,0,0[7x24,0,0,0,7x5,0,25{1x5,0,25,4,1x5,2,25,3,1x5,4,25,2,1x5,6,25,1}]
                    """),
            scenario("main-vertical grows a window too short for the others", 30, 6, "splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; splitw -h -t 0; selectl main-vertical", """
                    0 0 0 28 7
                    1 29 0 1 1
                    2 29 2 1 1
                    3 29 4 1 1
                    4 29 6 1 1
                    30x7 1b86,30x7,0,0{28x7,0,0,0,1x7,29,0[1x1,29,0,4,1x1,29,2,3,1x1,29,4,2,1x1,29,6,1]}
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
