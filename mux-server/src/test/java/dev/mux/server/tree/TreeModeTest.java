package dev.mux.server.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mode.ModeServices;
import dev.mux.server.mode.ModeStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tree mode on a pane's stack: keys move, tag and search; Enter leaves and then runs the template. */
class TreeModeTest {
    private final ModeStack stack = new ModeStack(() -> { });
    private final List<String> ran = new ArrayList<>();
    private final ModeServices services = new ModeServices() {
        @Override
        public void addPasteBuffer(String text) {
        }

        @Override
        public void schedule(long delayMillis, Runnable task) {
        }
    };

    /** Runs of the template, each with the stack's state when it ran: the mode must be gone first. */
    private void type(String... keyNames) {
        for (String name : keyNames) {
            stack.key(KeyReader.canonical(name), line -> ran.add(line + (stack.isEmpty() ? "" : " (mode still on)")));
        }
    }

    private TreeMode enter(Chooser chooser) {
        return (TreeMode) stack.enter("tree-mode", () -> {
            ModeTree tree = new ModeTree(chooser, 80, 24, null, false, null, false);
            tree.build();
            return new TreeMode("tree-mode", tree, chooser, "pick '%%'", 0);
        }, services);
    }

    private static final class Fruit implements Chooser {
        private final FruitTree tree;
        boolean ended;

        Fruit() {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("red", List.of("apple", "cherry"));
            groups.put("yellow", List.of("banana"));
            tree = new FruitTree(groups);
        }

        @Override
        public List<String> sortOrders() {
            return tree.sortOrders();
        }

        @Override
        public void build(TreeBuilder builder, Sort sort, String filter) {
            tree.build(builder, sort, filter);
        }

        @Override
        public void drawPreview(TreeItem item, dev.mux.server.mode.ModeCanvas area) {
        }

        @Override
        public String target(TreeItem item) {
            return item.name();
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    @Test
    void enterLeavesThenRunsTheTemplateForTheCurrentItem() {
        Fruit fruit = new Fruit();
        enter(fruit);
        type("Down", "Down", "Enter");
        assertEquals(List.of("pick 'cherry'"), ran);
        assertTrue(stack.isEmpty());
        assertTrue(fruit.ended);
    }

    @Test
    void aLinesKeyChoosesIt() {
        enter(new Fruit());
        type("4");
        assertEquals(List.of("pick 'banana'"), ran);
    }

    @Test
    void qLeavesWithoutRunningAnything() {
        Fruit fruit = new Fruit();
        enter(fruit);
        type("t", "q");
        assertTrue(ran.isEmpty());
        assertNull(stack.top());
        assertTrue(fruit.ended);
    }

    @Test
    void searchAndFilterAreTypedAtTheModesPrompt() {
        TreeMode mode = enter(new Fruit());
        type("/", "b", "a", "n", "Enter");
        assertEquals("banana", mode.tree().current().name());
        type("f", "p", "p", "Enter");
        assertEquals("pp", mode.tree().filter());
        assertEquals(List.of("red", "apple"), mode.tree().lines().stream().map(l -> l.item().name()).toList());
        type("f", "C-u", "Enter");
        assertNull(mode.tree().filter());
        type("f", "x", "Escape");
        assertNull(mode.tree().filter());
        assertSame(mode, stack.top());
    }

    @Test
    void theQuestionTakesOneKey() {
        TreeMode mode = enter(new Fruit());
        List<String> answers = new ArrayList<>();
        mode.confirm("Kill? ", () -> answers.add("yes"));
        type("n");
        mode.confirm("Kill? ", () -> answers.add("yes"));
        type("y");
        assertEquals(List.of("yes"), answers);
        assertSame(mode, stack.top());
    }

    @Test
    void wheelMovesTheCurrentLine() {
        TreeMode mode = enter(new Fruit());
        stack.wheel(-2);
        assertEquals(2, mode.tree().currentLine());
        stack.wheel(1);
        assertEquals(1, mode.tree().currentLine());
    }
}
