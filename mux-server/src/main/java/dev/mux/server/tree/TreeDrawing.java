package dev.mux.server.tree;

import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;
import java.util.List;

/**
 * Draws a {@link ModeTree} as tmux's mode-tree does: each line its key in brackets, the branches,
 * an expand sign, the name, a star if tagged (tagged lines bright) and the item's text; the
 * current line in the mode style across the width; under the list, when there is room, a box
 * titled with the current item's name and the sort order, the chooser's preview inside.
 */
public final class TreeDrawing {
    /** An item's text may carry #[...] styles; they are dropped. */
    private static final java.util.regex.Pattern STYLES = java.util.regex.Pattern.compile("#\\[[^\\]]*\\]");
    /** Below this many rows or columns the preview is not drawn, as tmux's. */
    private static final int SMALLEST_PREVIEW = 4;

    private TreeDrawing() {}

    public static void draw(ModeTree tree, ModeCanvas canvas, long modeStyle) {
        List<TreeLine> lines = tree.lines();
        if (lines.isEmpty()) return;
        int width = tree.width();
        int height = tree.height();
        String[] keys = new String[lines.size()];
        int keyWidth = 0;
        for (int i = 0; i < lines.size(); i++) {
            keys[i] = tree.source().keyName(lines.get(i).item(), i);
            if (keys[i] != null) keyWidth = Math.max(keyWidth, keys[i].length() + 3);
        }
        for (int i = tree.offset(); i < lines.size() && i < tree.offset() + height; i++) {
            TreeLine line = lines.get(i);
            TreeItem item = line.item();
            String key = keys[i] == null ? "" : "(" + keys[i] + ")";
            StringBuilder text = new StringBuilder(key);
            while (text.length() < keyWidth) text.append(' ');
            text.append(branches(line, lines)).append(item.name());
            if (item.tagged) text.append('*');
            if (item.text() != null) text.append(": ");
            long style = i == tree.currentLine() ? modeStyle : Style.DEFAULT;
            if (item.tagged) style = Style.with(style, Style.BOLD, !Style.has(style, Style.BOLD));
            int row = i - tree.offset();
            // As tmux's: the rest of the current line takes the style's background only.
            if (i == tree.currentLine()) canvas.fill(0, row, width, 1, Style.withBackground(Style.DEFAULT, Style.background(style)));
            int end = canvas.putString(0, row, text.toString(), style);
            if (item.text() != null && end < width) canvas.putString(end, row, STYLES.matcher(item.text()).replaceAll(""), style);
        }
        if (tree.previewShown()) drawPreview(tree, canvas, modeStyle);
    }

    private static String branches(TreeLine line, List<TreeLine> lines) {
        TreeItem item = line.item();
        String sign;
        if (line.flat()) sign = "";
        else if (item.children().isEmpty()) sign = "  ";
        else sign = item.expanded ? "- " : "+ ";
        if (line.depth() == 0) return sign;
        StringBuilder start = new StringBuilder();
        // As tmux's: every outer level is drawn from whether the item's parent is the last of its siblings.
        boolean parentLast = item.parent() != null && item.parent().line >= 0 && lines.get(item.parent().line).last();
        for (int depth = 1; depth < line.depth(); depth++) start.append(parentLast ? "    " : Boxes.VERTICAL + "   ");
        start.append(line.last() ? "\u2514" : "\u251c").append(Boxes.HORIZONTAL).append("> ");
        return start.append(sign).toString();
    }

    private static void drawPreview(ModeTree tree, ModeCanvas canvas, long modeStyle) {
        int width = tree.width();
        int height = tree.height();
        int rows = tree.rows();
        if (rows <= SMALLEST_PREVIEW || height <= SMALLEST_PREVIEW || rows - height <= SMALLEST_PREVIEW
                || width <= SMALLEST_PREVIEW) {
            return;
        }
        TreeItem item = tree.current();
        Boxes.box(canvas, 0, height, width, rows - height);
        String title = " " + item.name();
        if (tree.sorted()) {
            title += " (sort: " + tree.sort().order() + (tree.sort().reversed() ? ", reversed" : "") + ")";
        }
        if (width - 2 >= WcWidth.cells(title)) {
            int column = canvas.putString(1, height, title, Style.DEFAULT);
            String state = tree.noMatches() ? "no matches" : "active";
            if (tree.filter() != null && width - 2 >= WcWidth.cells(title) + 10 + state.length() + 2) {
                column = canvas.putString(column, height, " (filter: ", Style.DEFAULT);
                column = canvas.putString(column, height, state, tree.noMatches() ? modeStyle : Style.DEFAULT);
                canvas.putString(column, height, ") ", Style.DEFAULT);
            } else {
                canvas.putString(column, height, " ", Style.DEFAULT);
            }
        }
        int boxColumns = width - 4;
        int boxRows = rows - height - 2;
        if (boxColumns > 0 && boxRows > 0) {
            tree.source().drawPreview(item, new RegionCanvas(canvas, 2, height + 1, boxColumns, boxRows));
        }
    }
}
