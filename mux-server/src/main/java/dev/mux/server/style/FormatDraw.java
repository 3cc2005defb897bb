package dev.mux.server.style;

import dev.mux.server.style.StyleSpec.Align;
import dev.mux.server.style.StyleSpec.DefaultChange;
import dev.mux.server.style.StyleSpec.ListMode;
import dev.mux.server.style.StyleSpec.RangeType;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an expanded format (text with {@code #[style]} directions) into a row of cells, as tmux's
 * format_draw: the text goes into parts by its align= and list= directions (left, centre, right,
 * absolute centre, the window list, the list's markers, what follows the list), which
 * {@link PartLayout} then trims to the width and arranges; cells in range= directions come back as
 * {@link StyleRange}s in the row's columns. {@code ##} draws one #, and {@code ##[} a literal "#[".
 */
public final class FormatDraw {
    static final int LEFT = 0;
    static final int CENTRE = 1;
    static final int RIGHT = 2;
    static final int ABSOLUTE_CENTRE = 3;
    static final int LIST = 4;
    static final int LIST_LEFT = 5;
    static final int LIST_RIGHT = 6;
    static final int AFTER = 7;
    private static final int PARTS = 8;

    /** A range being collected: in the columns of its part until the part is placed. */
    static final class PendingRange {
        final int part;
        final RangeType type;
        final int argument;
        int start;
        int end;

        PendingRange(int part, RangeType type, int argument, int start) {
            this.part = part;
            this.type = type;
            this.argument = argument;
            this.start = start;
        }
    }

    private final long base;
    private final boolean defaultColours;
    private final CellRow[] parts = new CellRow[PARTS];
    private final List<PendingRange> ranges = new ArrayList<>();
    /** Which part each alignment writes to; the list's alignment moves to AFTER once the list ends. */
    private final int[] map = {LEFT, LEFT, CENTRE, RIGHT, ABSOLUTE_CENTRE};
    private StyleSpec style;
    private long currentDefault;
    private int current = LEFT;
    private int focusStart = -1;
    private int focusEnd = -1;
    /** -1 before the list, 0 in it, 1 after it. */
    private int listState = -1;
    private Align listAlign = Align.DEFAULT;
    private int fill = StyleSpec.NO_FILL;
    private PendingRange range;

    private FormatDraw(long base, boolean defaultColours, int size) {
        this.base = base;
        this.defaultColours = defaultColours;
        currentDefault = base;
        style = StyleSpec.of(base);
        for (int i = 0; i < PARTS; i++) parts[i] = new CellRow(size, Style.withBackground(Style.DEFAULT, Style.background(base)));
    }

    /**
     * Draws {@code expanded} into the first {@code available} columns of {@code target} with
     * {@code base} as the default style, and returns the ranges, or none unless {@code wantRanges}.
     * A "#[" with no "]" draws nothing, as in tmux. {@code defaultColours} keeps every colour the
     * base's (tmux's choose modes draw unselected lines so).
     */
    public static List<StyleRange> draw(CellRow target, long base, int available, String expanded, boolean wantRanges,
                                        boolean defaultColours) {
        FormatDraw drawing = new FormatDraw(base, defaultColours, 2 * expanded.length() + 1);
        if (!drawing.walk(expanded, wantRanges)) return List.of();
        if (drawing.fill != StyleSpec.NO_FILL) {
            long filled = Style.withBackground(Style.DEFAULT, drawing.fill);
            for (int column = 0; column < Math.min(available, target.columns()); column++) {
                target.moveTo(column);
                target.write(' ', 1, filled);
            }
        }
        new PartLayout(target, drawing.parts, drawing.ranges, available)
                .arrange(drawing.listAlign, drawing.focusStart, drawing.focusEnd);
        List<StyleRange> result = new ArrayList<>();
        for (PendingRange placed : drawing.ranges) {
            result.add(new StyleRange(placed.type, placed.argument, placed.start, placed.end));
        }
        return result;
    }

    /** Fills the parts; false for a "#[" that never ends. */
    private boolean walk(String text, boolean wantRanges) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '#' && i + 1 < length && text.charAt(i + 1) != '[') {
                int n = 1;
                while (i + n < length && text.charAt(i + n) == '#') n++;
                boolean even = n % 2 == 0;
                if (i + n >= length || text.charAt(i + n) != '[') {
                    i += n;
                    hashes(even ? n / 2 : n / 2 + 1);
                    continue;
                }
                i += even ? n + 1 : n - 1;
                if (style.ignore()) continue;
                hashes(n / 2);
                if (even) parts[current].write('[', 1, style.cell());
                continue;
            }
            if (c != '#' || i + 1 >= length || text.charAt(i + 1) != '[' || style.ignore()) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                int width = WcWidth.of(codePoint);
                if (width > 0) parts[current].write(codePoint, width, style.cell());
                continue;
            }
            int end = skipToBracket(text, i + 2);
            if (end < 0) return false;
            directions(text.substring(i + 2, end), wantRanges);
            i = end + 1;
        }
        return true;
    }

    private void hashes(int count) {
        for (int k = 0; k < count; k++) parts[current].write('#', 1, style.cell());
    }

    /** Applies one #[...]: the style, and where the text after it goes. */
    private void directions(String text, boolean wantRanges) {
        StyleSpec saved = style;
        StyleSpec parsed = StyleParser.parse(style, currentDefault, text);
        if (parsed == null) return;
        style = parsed;
        if (defaultColours) {
            style = style.withCell(Style.withBackground(Style.withForeground(style.cell(), Style.foreground(base)),
                    Style.background(base)));
        }
        if (style.fill() != StyleSpec.NO_FILL) fill = style.fill();
        if (style.defaults() == DefaultChange.PUSH) {
            currentDefault = saved.cell();
            style = style.withDefaults(DefaultChange.BASE);
        } else if (style.defaults() == DefaultChange.POP) {
            currentDefault = base;
            style = style.withDefaults(DefaultChange.BASE);
        }
        list(style.list());
        if (wantRanges) range();
    }

    private void list(ListMode mode) {
        switch (mode) {
            case ON -> {
                if (listState != 0) {
                    range = null;
                    listState = 0;
                    listAlign = style.align();
                }
                if (focusStart != -1 && focusEnd == -1) focusEnd = parts[LIST].cursor();
                current = LIST;
            }
            case FOCUS -> {
                if (listState == 0 && focusStart == -1) focusStart = parts[LIST].cursor();
            }
            case OFF -> {
                if (listState == 0) {
                    range = null;
                    if (focusStart != -1 && focusEnd == -1) focusEnd = parts[LIST].cursor();
                    map[listAlign.ordinal()] = AFTER;
                    if (listAlign == Align.LEFT) map[Align.DEFAULT.ordinal()] = AFTER;
                    listState = 1;
                }
                current = map[style.align().ordinal()];
            }
            case LEFT_MARKER -> marker(LIST_LEFT);
            case RIGHT_MARKER -> marker(LIST_RIGHT);
        }
    }

    private void marker(int part) {
        if (listState != 0 || parts[part].cursor() != 0) return;
        range = null;
        if (focusStart != -1 && focusEnd == -1) {
            focusStart = -1;
            focusEnd = -1;
        }
        current = part;
    }

    /** Ends the range being collected if the style names another, and starts the one it names. */
    private void range() {
        if (range != null && !(range.type == style.range()
                && (range.type != RangeType.WINDOW || range.argument == style.rangeArgument()))) {
            // tmux ends the range at the cursor of the part now current, one past it.
            if (parts[current].cursor() != range.start) {
                range.end = parts[current].cursor() + 1;
                ranges.add(range);
            }
            range = null;
        }
        if (range == null && style.range() != RangeType.NONE) {
            range = new PendingRange(current, style.range(), style.rangeArgument(), parts[current].cursor());
        }
    }

    /** The index of the "]" ending a #[, skipping nested #{...} and escapes, as tmux's format_skip; -1 if none. */
    static int skipToBracket(String text, int from) {
        int brackets = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i + 1 < text.length() && text.charAt(i + 1) == '{') brackets++;
            if (c == '#' && i + 1 < text.length() && ",#{}:".indexOf(text.charAt(i + 1)) >= 0) {
                i++;
                continue;
            }
            if (c == '}') brackets--;
            if (c == ']' && brackets == 0) return i;
        }
        return -1;
    }
}
