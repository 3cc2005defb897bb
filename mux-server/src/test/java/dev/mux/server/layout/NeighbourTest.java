package dev.mux.server.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * select-pane -L/-R/-U/-D against recorded tmux behaviour.
 *
 * <p>Every expectation below was observed in tmux 3.3a (status off, a fresh server per move): after
 * the commands, select-pane -t N, then select-pane -t N -L (or -R, -U, -D), then the active
 * pane's index. "L3" means moving left from that pane reaches pane 3; "L-" that there is no pane
 * there (tmux stays put). tmux picks the most recently active candidate; in these runs only %0
 * had been active before the pane moved from, so that is the activity history given here.
 */
class NeighbourTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
            scenario("two side by side wrap round", 80, 24, "splitw -h -t 0",
                    "0:L1 R1 U- D-; 1:L0 R0 U- D-"),
            scenario("a column of panes beside one", 80, 24, "splitw -h -t 0; splitw -v -t 1; splitw -v -t 2",
                    "0:L1 R1 U- D-; 1:L0 R0 U3 D2; 2:L0 R0 U1 D3; 3:L0 R0 U2 D1"),
            scenario("grid with offset rows", 80, 24, "splitw -h -t 0; splitw -v -t 0; splitw -v -t 2; resizep -t 2 -D 5",
                    "0:L2 R2 U1 D1; 1:L2 R2 U0 D0; 2:L0 R0 U3 D3; 3:L1 R1 U2 D2"),
            scenario("tiled five", 80, 24, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; splitw -h -t 3; selectl tiled",
                    "0:L1 R1 U4 D2; 1:L0 R0 U4 D3; 2:L3 R3 U0 D4; 3:L2 R2 U1 D4; 4:L- R- U2 D0"),
            scenario("deep mixed", 80, 24, "splitw -h -t 0; splitw -v -t 0; splitw -h -t 1; splitw -v -t 3; splitw -h -l 7 -t 2",
                    "0:L4 R4 U1 D1; 1:L5 R2 U0 D0; 2:L1 R3 U0 D0; 3:L2 R5 U0 D0; 4:L0 R0 U5 D5; 5:L3 R1 U4 D4"),
            scenario("main-vertical four", 100, 30, "splitw -h -t 0; splitw -h -t 1; splitw -h -t 2; selectl main-vertical",
                    "0:L1 R1 U- D-; 1:L0 R0 U3 D2; 2:L0 R0 U1 D3; 3:L0 R0 U2 D1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void matchesTmux(String name, int columns, int rows, String commands, String observedInTmux) {
        Layout<Integer> layout = new TmuxScript(columns, rows).run(commands).layout();
        List<Integer> panes = layout.panes();
        List<String> moves = new ArrayList<>();
        for (int index = 0; index < panes.size(); index++) {
            List<String> fromThis = new ArrayList<>();
            for (Direction direction : Direction.values()) {
                Optional<Integer> to = layout.neighbour(panes.get(index), direction, id -> id == 0 ? 1 : 0);
                fromThis.add(direction.name().charAt(0) + to.map(pane -> String.valueOf(panes.indexOf(pane))).orElse("-"));
            }
            moves.add(index + ":" + String.join(" ", fromThis));
        }
        assertEquals(observedInTmux, String.join("; ", moves));
    }

    private static Arguments scenario(String name, int columns, int rows, String commands, String observed) {
        return Arguments.of(name, columns, rows, commands, observed);
    }
}
