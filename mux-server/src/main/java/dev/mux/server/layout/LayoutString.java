package dev.mux.server.layout;

import java.util.function.Function;

/** tmux's layout string (#{window_layout}, select-layout's custom form) and its checksum. */
final class LayoutString {
    private LayoutString() {
    }

    static <P> String describe(Cell<P> root, Function<P, Integer> id) {
        StringBuilder body = new StringBuilder();
        append(root, id, body);
        return String.format("%04x,%s", checksum(body), body);
    }

    private static <P> void append(Cell<P> cell, Function<P, Integer> id, StringBuilder out) {
        out.append(cell.columns).append('x').append(cell.rows)
                .append(',').append(cell.x).append(',').append(cell.y);
        if (cell.isLeaf()) {
            out.append(',').append(id.apply(cell.pane));
            return;
        }
        boolean leftRight = cell.split == Split.LEFT_RIGHT;
        out.append(leftRight ? '{' : '[');
        for (int i = 0; i < cell.children.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(cell.children.get(i), id, out);
        }
        out.append(leftRight ? '}' : ']');
    }

    /** A 16-bit rotate-right-and-add over the characters, as tmux's layout_checksum. */
    static int checksum(CharSequence layout) {
        int sum = 0;
        for (int i = 0; i < layout.length(); i++) {
            sum = (sum >> 1) | ((sum & 1) << 15);
            sum = (sum + layout.charAt(i)) & 0xffff;
        }
        return sum;
    }
}
