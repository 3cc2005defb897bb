package dev.mux.server.render;

import dev.mux.server.model.Session;
import dev.mux.server.options.Colours;
import dev.mux.server.options.Options;
import dev.mux.server.style.CellRow;
import dev.mux.server.style.FormatDraw;
import dev.mux.server.style.StyleParser;
import dev.mux.server.style.StyleRange;
import dev.mux.server.term.Style;
import dev.mux.server.term.WcWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * One client's status line, drawn from its session's options as tmux's status_redraw draws it:
 * each of the status rows is its status-format item expanded and drawn with status-style (and
 * status-fg/-bg) as the base. The server asks for it on every render, twice for each key typed,
 * so it is drawn again only when what it shows may have changed: the session or its windows (name,
 * index, flags, panes, active pane's title), any option, the width or the placement, or the
 * status-interval timer ({@link #refresh}), which stands for everything else a format may show (the
 * time). An unchanged line is the same {@link StatusLine}, which the renderer knows by identity.
 */
public final class StatusComposer {
    private static final String DEFAULT_STYLE = "default";

    private final StatusWindowsSnapshot windows = new StatusWindowsSnapshot();
    private Session session;
    private String sessionName;
    private long optionChanges = -1;
    private int width = -1;
    private StatusPlacement placement;
    private boolean stale = true;
    private String keyTable;
    private StatusLine content;
    /** The last message or prompt drawn, the status line it was drawn over, its text and cursor. */
    private StatusLine overlaid;
    private StatusLine overlaidOn;
    private String overlayText;
    private int overlayCursor;
    /** The style option of the prompt last drawn: vi command mode has a style of its own. */
    private String overlayStyle;

    /** The status line last composed (without a message or prompt over it), or null: where the mouse finds the window list. */
    public StatusLine lastComposed() {
        return content;
    }

    /** The client's key table, which #{client_prefix} and #{client_key_table} show: a change draws the line again. */
    public void keyTable(String table) {
        if (!table.equals(keyTable)) {
            keyTable = table;
            stale = true;
        }
    }

    /** The status-interval timer fired: the next {@link #compose} draws the line again. */
    public void refresh() {
        stale = true;
    }

    public StatusLine compose(Session session, StatusPlacement placement, int width, StatusExpander expander) {
        if (!stale && content != null && session == this.session && session.name() == sessionName
                && optionChanges == Options.changes() && width == this.width && placement.equals(this.placement)
                && windows.same(session)) {
            return content;
        }
        this.session = session;
        sessionName = session.name();
        optionChanges = Options.changes();
        this.width = width;
        this.placement = placement;
        stale = false;
        windows.take(session);
        content = draw(session.options(), placement.rows(), width, expander);
        return content;
    }

    /**
     * The status line with a message in place of its last row (a row of its own when the status
     * line is off), drawn in message-style; the same object while the line and message are.
     */
    public StatusLine message(StatusLine status, Options options, String text, int width, StatusExpander expander) {
        if (overlaid != null && status == overlaidOn && text.equals(overlayText) && overlayCursor == -1) return overlaid;
        long style = baseStyle(options, "message-style", false, expander);
        CellRow row = new CellRow(width, style);
        FormatDraw.draw(row, style, width, text, false, false);
        return overlay(status, row, text, -1);
    }

    /** The status line with a prompt being typed in place of its last row, the cursor at {@code cursor} cells. */
    public StatusLine prompt(StatusLine status, Options options, String text, int cursor, boolean commandMode, int width,
                             StatusExpander expander) {
        String styleOption = commandMode ? "message-command-style" : "message-style";
        if (overlaid != null && status == overlaidOn && text.equals(overlayText) && overlayCursor == cursor
                && styleOption.equals(overlayStyle)) {
            return overlaid;
        }
        overlayStyle = styleOption;
        long style = baseStyle(options, styleOption, false, expander);
        CellRow row = new CellRow(width, style);
        // As tmux, the cell under the cursor is drawn reversed (a reversed space past the end).
        long cursorStyle = style ^ Style.REVERSE;
        int column = 0;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            int cells = WcWidth.of(codePoint);
            if (cells > 0) row.write(codePoint, cells, column == cursor ? cursorStyle : style);
            column += Math.max(cells, 0);
        }
        if (cursor >= column && column < width) row.write(' ', 1, cursorStyle);
        return overlay(status, row, text, Math.min(cursor, Math.max(0, width - 1)));
    }

    private StatusLine overlay(StatusLine status, CellRow row, String text, int cursor) {
        List<CellRow> rows = new ArrayList<>();
        List<List<StyleRange>> ranges = new ArrayList<>();
        if (status != null) {
            for (int i = 0; i < status.rows().size() - 1; i++) {
                rows.add(status.rows().get(i));
                ranges.add(status.ranges(i));
            }
        }
        rows.add(row);
        ranges.add(List.of());
        overlaid = new StatusLine(rows, ranges, cursor);
        overlaidOn = status;
        overlayText = text;
        overlayCursor = cursor;
        return overlaid;
    }

    private static StatusLine draw(Options options, int rows, int width, StatusExpander expander) {
        long base = baseStyle(options, "status-style", true, expander);
        @SuppressWarnings("unchecked")
        SortedMap<Integer, String> formats = (SortedMap<Integer, String>) options.get("status-format");
        List<CellRow> drawn = new ArrayList<>(rows);
        List<List<StyleRange>> ranges = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            CellRow row = new CellRow(width, base);
            String format = formats == null ? null : formats.get(i);
            ranges.add(format == null ? List.of() : FormatDraw.draw(row, base, width, expander.expand(format), true, false));
            drawn.add(row);
        }
        return new StatusLine(drawn, ranges, -1);
    }

    /**
     * A style option over the default cell, as tmux's style_apply (formats in it expanded); for the
     * status line, status-fg and status-bg override its colours when not default.
     */
    static long baseStyle(Options options, String name, boolean statusColours, StatusExpander expander) {
        String text = options.string(name);
        if (text.contains("#{")) text = expander.expand(text);
        long style = DEFAULT_STYLE.equals(text) ? Style.DEFAULT : StyleParser.cell(text);
        if (!statusColours) return style;
        String fg = options.string("status-fg");
        String bg = options.string("status-bg");
        if (!isDefaultColour(fg)) style = Style.withForeground(style, Colours.color(fg));
        if (!isDefaultColour(bg)) style = Style.withBackground(style, Colours.color(bg));
        return style;
    }

    private static boolean isDefaultColour(String colour) {
        return colour.equals(DEFAULT_STYLE) || colour.equals("terminal");
    }
}
