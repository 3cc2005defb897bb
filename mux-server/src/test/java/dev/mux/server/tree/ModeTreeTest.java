package dev.mux.server.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.input.KeyReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModeTreeTest {
    private static Map<String, List<String>> fruit() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("red", List.of("cherry", "apple", "strawberry"));
        groups.put("yellow", List.of("banana", "lemon"));
        return groups;
    }

    private static ModeTree tree(String sort, boolean reversed, String filter) {
        ModeTree tree = new ModeTree(new FruitTree(fruit()), 80, 30, sort, reversed, filter, false);
        tree.build();
        return tree;
    }

    private static List<String> shown(ModeTree tree) {
        return tree.lines().stream().map(line -> line.item().name()).toList();
    }

    @Test
    void itemsAreListedDepthFirstInTheSortOrder() {
        assertEquals(List.of("red", "apple", "cherry", "strawberry", "yellow", "banana", "lemon"), shown(tree(null, false, null)));
        assertEquals(List.of("red", "apple", "cherry", "strawberry", "yellow", "lemon", "banana"), shown(tree("LENGTH", false, null)));
        assertEquals(List.of("yellow", "lemon", "banana", "red", "strawberry", "cherry", "apple"), shown(tree("name", true, null)));
    }

    @Test
    void sortOrderCyclesAndReversesKeepingTheCurrentItem() {
        ModeTree tree = tree(null, false, null);
        tree.select(2);
        assertEquals("cherry", tree.current().name());
        tree.nextSortOrder();
        assertEquals("length", tree.sort().order());
        assertEquals("cherry", tree.current().name());
        tree.nextSortOrder();
        assertEquals("name", tree.sort().order());
        tree.reverse();
        assertTrue(tree.sort().reversed());
        assertEquals("cherry", tree.current().name());
        assertEquals("yellow", tree.lines().get(0).item().name());
    }

    @Test
    void taggingAnItemUntagsItsParentAndChildren() {
        ModeTree tree = tree(null, false, null);
        tree.select(1);
        tree.toggleTag();
        tree.select(2);
        tree.toggleTag();
        assertEquals(List.of("apple", "cherry"), tree.tagged().stream().map(TreeItem::name).toList());
        tree.select(0);
        tree.toggleTag();
        assertEquals(List.of("red"), tree.tagged().stream().map(TreeItem::name).toList());
        tree.select(1);
        tree.toggleTag();
        assertEquals(List.of("apple"), tree.tagged().stream().map(TreeItem::name).toList());
        tree.toggleTag();
        assertTrue(tree.tagged().isEmpty());
    }

    @Test
    void tagAllTagsTheTopItemsAndTagNoneUntagsAll() {
        ModeTree tree = tree(null, false, null);
        tree.select(3);
        tree.toggleTag();
        tree.tagAll();
        assertEquals(List.of("red", "yellow"), tree.tagged().stream().map(TreeItem::name).toList());
        tree.tagNone();
        assertTrue(tree.tagged().isEmpty());
        assertEquals(List.of("strawberry"), tree.taggedOrCurrent().stream().map(TreeItem::name).toList());
    }

    @Test
    void tagsOutliveARebuild() {
        ModeTree tree = tree(null, false, null);
        tree.select(5);
        tree.toggleTag();
        tree.build();
        tree.nextSortOrder();
        assertEquals(List.of("banana"), tree.tagged().stream().map(TreeItem::name).toList());
    }

    @Test
    void filterKeepsWhatMatchesAndShowsAllWhenNothingDoes() {
        ModeTree tree = tree(null, false, "rr");
        assertEquals(List.of("red", "cherry", "strawberry"), shown(tree));
        assertFalse(tree.noMatches());
        tree.filter("kiwi");
        assertTrue(tree.noMatches());
        assertEquals(7, tree.lines().size());
        tree.filter("");
        assertEquals(null, tree.filter());
        assertFalse(tree.noMatches());
    }

    @Test
    void collapseAndExpand() {
        ModeTree tree = tree(null, false, null);
        tree.select(2);
        tree.collapse();
        assertEquals(List.of("red", "yellow", "banana", "lemon"), shown(tree));
        assertEquals("red", tree.current().name());
        tree.expandCurrent();
        assertEquals(7, tree.lines().size());
        tree.expandAll(false);
        assertEquals(List.of("red", "yellow"), shown(tree));
        tree.expandAll(true);
        assertEquals(7, tree.lines().size());
    }

    @Test
    void searchFindsItemsUnderCollapsedOnesAndWraps() {
        ModeTree tree = tree(null, false, null);
        tree.expandAll(false);
        tree.search("lem", true);
        assertEquals("lemon", tree.current().name());
        tree.search("e", true);
        assertEquals("red", tree.current().name());
        tree.search(null, true);
        assertEquals("apple", tree.current().name());
        tree.search(null, false);
        assertEquals("red", tree.current().name());
    }

    @Test
    void movingWrapsAroundAndScrolls() {
        ModeTree tree = new ModeTree(new FruitTree(fruit()), 80, 4, null, false, null, false);
        tree.build();
        assertEquals(4, tree.height());
        tree.up(true);
        assertEquals(6, tree.currentLine());
        assertEquals(3, tree.offset());
        tree.down(true);
        assertEquals(0, tree.currentLine());
        assertEquals(0, tree.offset());
        tree.last();
        tree.pageUp();
        assertEquals(2, tree.currentLine());
    }

    @Test
    void listTakesTwoThirdsOrHalfAndAllWhenTooSmall() {
        assertEquals(15, tree(null, false, null).height());
        Map<String, List<String>> many = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) many.put("g" + i, List.of("x"));
        ModeTree tree = new ModeTree(new FruitTree(many), 80, 30, null, false, null, false);
        tree.build();
        assertEquals(20, tree.height());
        tree = new ModeTree(new FruitTree(fruit()), 80, 12, null, false, null, false);
        tree.build();
        assertEquals(12, tree.height());
        tree.togglePreview();
        assertFalse(tree.previewShown());
    }

    @Test
    void linesHaveTmuxsKeys() {
        Map<String, List<String>> many = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) many.put(String.format("g%02d", i), List.of("x" + i));
        ModeTree tree = new ModeTree(new FruitTree(many), 80, 30, null, false, null, false);
        tree.build();
        assertEquals(3, tree.lineForKey(KeyReader.canonical("3")));
        assertEquals(10, tree.lineForKey(KeyReader.canonical("M-a")));
        assertEquals(35, tree.lineForKey(KeyReader.canonical("M-z")));
        assertEquals(-1, tree.lineForKey(KeyReader.canonical("a")));
    }
}
