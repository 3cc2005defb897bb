package dev.mux.server.style;

import static dev.mux.server.style.FormatDraw.ABSOLUTE_CENTRE;
import static dev.mux.server.style.FormatDraw.AFTER;
import static dev.mux.server.style.FormatDraw.CENTRE;
import static dev.mux.server.style.FormatDraw.LEFT;
import static dev.mux.server.style.FormatDraw.LIST;
import static dev.mux.server.style.FormatDraw.LIST_LEFT;
import static dev.mux.server.style.FormatDraw.LIST_RIGHT;
import static dev.mux.server.style.FormatDraw.RIGHT;

import dev.mux.server.style.StyleSpec.Align;
import java.util.Iterator;
import java.util.List;

/**
 * Places the parts of a drawn format on its row, as tmux does: each part is trimmed, in an order
 * that depends on where the window list is, until all fit in the width; the left part goes at the
 * left edge, the right part at the right edge, the centre between them, the absolute centre in the
 * middle of the whole row, and the window list (cut around its focus, with its markers, when it
 * is too long) where its alignment says. Ranges move with the cells of their part.
 */
final class PartLayout {
    private final CellRow target;
    private final CellRow[] parts;
    private final List<FormatDraw.PendingRange> ranges;
    private final int available;
    private int left;
    private int centre;
    private int right;
    private int absoluteCentre;
    private int list;
    private int after;

    PartLayout(CellRow target, CellRow[] parts, List<FormatDraw.PendingRange> ranges, int available) {
        this.target = target;
        this.parts = parts;
        this.ranges = ranges;
        this.available = available;
        left = parts[LEFT].cursor();
        centre = parts[CENTRE].cursor();
        right = parts[RIGHT].cursor();
        absoluteCentre = parts[ABSOLUTE_CENTRE].cursor();
        list = parts[LIST].cursor();
        after = parts[AFTER].cursor();
    }

    void arrange(Align listAlign, int focusStart, int focusEnd) {
        switch (listAlign) {
            case DEFAULT -> none();
            case LEFT -> listLeft(focusStart, focusEnd);
            case CENTRE -> listCentre(focusStart, focusEnd);
            case RIGHT -> listRight(focusStart, focusEnd);
            case ABSOLUTE_CENTRE -> listAbsoluteCentre(focusStart, focusEnd);
        }
    }

    /**
     * No list (or none of it fits): keep as much of the left and right as fits, at the expense of
     * the centre. Widths start again from the parts as drawn, as tmux's format_draw_none.
     */
    private void none() {
        left = parts[LEFT].cursor();
        centre = parts[CENTRE].cursor();
        right = parts[RIGHT].cursor();
        absoluteCentre = parts[ABSOLUTE_CENTRE].cursor();
        while (left + centre + right > available) {
            if (centre > 0) centre--;
            else if (right > 0) right--;
            else left--;
        }
        put(LEFT, 0, 0, left);
        put(RIGHT, available - right, parts[RIGHT].cursor() - right, right);
        put(CENTRE, left + ((available - right) - left) / 2 - centre / 2, parts[CENTRE].cursor() / 2 - centre / 2, centre);
        putAbsoluteCentre();
    }

    private void listLeft(int focusStart, int focusEnd) {
        trimCentreFirst();
        if (list == 0) {
            none();
            return;
        }
        put(LEFT, 0, 0, left);
        put(RIGHT, available - right, parts[RIGHT].cursor() - right, right);
        put(AFTER, left + list, 0, after);
        int before = left + list + after;
        put(CENTRE, before + ((available - right) - before) / 2 - centre / 2, parts[CENTRE].cursor() / 2 - centre / 2, centre);
        boolean noFocus = focusStart == -1 || focusEnd == -1;
        putList(left, list, noFocus ? 0 : focusStart, noFocus ? 0 : focusEnd);
        putAbsoluteCentre();
    }

    private void listCentre(int focusStart, int focusEnd) {
        while (left + centre + right + list + after > available) {
            if (list > 0) list--;
            else if (after > 0) after--;
            else if (centre > 0) centre--;
            else if (right > 0) right--;
            else left--;
        }
        if (list == 0) {
            none();
            return;
        }
        put(LEFT, 0, 0, left);
        put(RIGHT, available - right, parts[RIGHT].cursor() - right, right);
        int middle = left + ((available - right) - left) / 2;
        put(CENTRE, middle - list / 2 - centre, 0, centre);
        put(AFTER, middle - list / 2 + list, 0, after);
        boolean noFocus = focusStart == -1 || focusEnd == -1;
        int half = parts[LIST].cursor() / 2;
        putList(middle - list / 2, list, noFocus ? half : focusStart, noFocus ? half : focusEnd);
        putAbsoluteCentre();
    }

    private void listRight(int focusStart, int focusEnd) {
        trimCentreFirst();
        if (list == 0) {
            none();
            return;
        }
        put(LEFT, 0, 0, left);
        put(AFTER, available - after, parts[AFTER].cursor() - after, after);
        put(RIGHT, available - right - list - after, 0, right);
        int end = available - right - list - after;
        put(CENTRE, left + (end - left) / 2 - centre / 2, parts[CENTRE].cursor() / 2 - centre / 2, centre);
        boolean noFocus = focusStart == -1 || focusEnd == -1;
        putList(available - list - after, list, noFocus ? 0 : focusStart, noFocus ? 0 : focusEnd);
        putAbsoluteCentre();
    }

    /** The list in the middle of the whole row, the absolute centre just before it; both over the rest. */
    private void listAbsoluteCentre(int focusStart, int focusEnd) {
        while (left + centre + right > available) {
            if (centre > 0) centre--;
            else if (right > 0) right--;
            else left--;
        }
        while (list + after + absoluteCentre > available) {
            if (list > 0) list--;
            else if (after > 0) after--;
            else absoluteCentre--;
        }
        put(LEFT, 0, 0, left);
        put(RIGHT, available - right, parts[RIGHT].cursor() - right, right);
        int middle = left + ((available - right) - left) / 2;
        put(CENTRE, middle - centre, 0, centre);
        boolean noFocus = focusStart == -1 || focusEnd == -1;
        int half = parts[LIST].cursor() / 2;
        int offset = (available - list - absoluteCentre) / 2;
        put(ABSOLUTE_CENTRE, offset, 0, absoluteCentre);
        offset += absoluteCentre;
        putList(offset, list, noFocus ? half : focusStart, noFocus ? half : focusEnd);
        offset += list;
        put(AFTER, offset, 0, after);
    }

    /** The order of trimming with the list at the left or right: centre, list, right, after the list, left. */
    private void trimCentreFirst() {
        while (left + centre + right + list + after > available) {
            if (centre > 0) centre--;
            else if (list > 0) list--;
            else if (right > 0) right--;
            else if (after > 0) after--;
            else left--;
        }
    }

    private void putAbsoluteCentre() {
        int width = Math.min(absoluteCentre, available);
        put(ABSOLUTE_CENTRE, (available - width) / 2, 0, width);
    }

    /** The list in {@code width} cells from {@code offset}: whole if it fits, else cut to keep its focus in view. */
    private void putList(int offset, int width, int focusStart, int focusEnd) {
        int length = parts[LIST].cursor();
        if (width >= length) {
            put(LIST, offset, 0, width);
            return;
        }
        int focusCentre = focusStart + (focusEnd - focusStart) / 2;
        int start = focusCentre < width / 2 ? 0 : focusCentre - width / 2;
        if (start + width > length) start = length - width;
        int leftMarker = parts[LIST_LEFT].cursor();
        int rightMarker = parts[LIST_RIGHT].cursor();
        if (start != 0 && width > leftMarker) {
            target.copy(parts[LIST_LEFT], 0, leftMarker, offset);
            offset += leftMarker;
            start += leftMarker;
            width -= leftMarker;
        }
        if (start + width < length && width > rightMarker) {
            target.copy(parts[LIST_RIGHT], 0, rightMarker, offset + width - rightMarker);
            width -= rightMarker;
        }
        put(LIST, offset, start, width);
    }

    /** Copies {@code width} cells of a part from {@code start} to column {@code offset}, and moves its ranges there. */
    private void put(int part, int offset, int start, int width) {
        target.copy(parts[part], start, width, offset);
        for (Iterator<FormatDraw.PendingRange> it = ranges.iterator(); it.hasNext(); ) {
            FormatDraw.PendingRange range = it.next();
            if (range.part != part) continue;
            if (range.end <= start || range.start >= start + width) {
                it.remove();
                continue;
            }
            range.start = Math.max(range.start, start);
            range.end = Math.min(range.end, start + width);
            if (range.start == range.end) {
                it.remove();
                continue;
            }
            range.start += offset - start;
            range.end += offset - start;
        }
    }
}
