package dev.mux.server.render;

import dev.mux.server.model.Pane;
import dev.mux.server.style.StyleParser;
import dev.mux.server.term.Style;
import java.util.HashMap;
import java.util.Map;

/**
 * The colours a pane's default-coloured cells are drawn in, as tmux 3.3a's tty_default_colours:
 * window-style's, except that the active pane takes window-active-style's foreground and
 * background where that style sets them. Both are pane options, so select-pane -P or a pane's own
 * value may differ from its window's.
 */
final class PaneColours {
    /** Styles parsed so far, by their expanded text; panes read theirs on every frame. */
    private static final Map<String, Long> PARSED = new HashMap<>();
    private static final int MOST_KEPT = 64;

    private PaneColours() {}

    /** A cell whose colours are the pane's defaults (the terminal's own where both styles leave them). */
    static long of(Pane pane, StatusExpander expander) {
        long style = parsed(expanded(pane, expander, "window-style"));
        if (pane != pane.window().activePane()) return style;
        long active = parsed(expanded(pane, expander, "window-active-style"));
        if (Style.foreground(active) != 0) style = Style.withForeground(style, Style.foreground(active));
        if (Style.background(active) != 0) style = Style.withBackground(style, Style.background(active));
        return style;
    }

    private static String expanded(Pane pane, StatusExpander expander, String option) {
        String text = pane.options().string(option);
        return text.indexOf('#') >= 0 ? expander.expandForPane(pane, text) : text;
    }

    private static long parsed(String text) {
        if (text.equals("default")) return Style.DEFAULT;
        Long cell = PARSED.get(text);
        if (cell == null) {
            if (PARSED.size() >= MOST_KEPT) PARSED.clear();
            cell = StyleParser.cell(text);
            PARSED.put(text, cell);
        }
        return cell;
    }
}
