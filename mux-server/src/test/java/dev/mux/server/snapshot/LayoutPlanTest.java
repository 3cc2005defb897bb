package dev.mux.server.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout strings as tmux 3.3a prints them for #{window_layout}, read back into a plan. */
class LayoutPlanTest {
    @Test
    void aSinglePaneIsALeaf() {
        LayoutPlan plan = LayoutPlan.parse("a880,100x30,0,0,3");
        assertTrue(plan.isLeaf());
        assertEquals(3, plan.paneId());
        assertEquals(100, plan.columns());
    }

    @Test
    void nestedSplitsKeepTheirSizesAndOrder() {
        LayoutPlan plan = LayoutPlan.parse("77dd,100x30,0,0{50x30,0,0,0,49x30,51,0[49x15,51,0,1,49x14,51,16,2]}");
        assertTrue(plan.sideBySide());
        assertEquals(List.of(0, 1, 2), plan.panes());
        LayoutPlan right = plan.children().get(1);
        assertFalse(right.sideBySide());
        assertEquals(1, right.firstPane());
        assertEquals(15, right.children().get(0).size(false));
        assertEquals(50, plan.children().get(0).size(true));
    }

    @Test
    void malformedStringsAreRefused() {
        for (String bad : List.of("", "abcd", "a,10x10,0,0", "a,10x10,0,0{5x10,0,0,1", "a,10x10,0,0,1trailing", "a,x,0,0,1")) {
            assertThrows(IllegalArgumentException.class, () -> LayoutPlan.parse(bad), bad);
        }
    }
}
