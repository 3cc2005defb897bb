package dev.mux.server;

import dev.mux.server.format.FormatVariables;
import dev.mux.server.format.Formats;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Window;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import dev.mux.server.options.StandardOptions;
import dev.mux.server.render.StatusExpander;
import dev.mux.server.term.WcWidth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Expands a client's status formats while {@link Formats} has no loops (W:, P:) and no E:/T:
 * modifiers: tmux's two default status-format lines are expanded here into the very text tmux's
 * would give (the left part, each window in its style and window-status format, the right part;
 * the panes of the window), any other format through {@link Formats}, then the time (strftime's
 * common conversions). To be replaced by the format engine's expansion once it has them.
 */
final class StatusFormatsWithoutLoops implements StatusExpander {
    private static final String[] DEFAULT_LINES = defaultLines();
    private static final String DEFAULT_RIGHT = (String) OptionStore.defaultValue(StandardOptions.table().definition("status-right"));
    /** tmux's default status-right once its window_bigger part is gone (a window is never bigger than its client here). */
    private static final String DEFAULT_RIGHT_SHOWN = "\"#{=21:pane_title}\" %H:%M %d-%b-%y";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.ROOT);

    private final Session session;
    private final FormatVariables.Environment environment;

    StatusFormatsWithoutLoops(Session session, FormatVariables.Environment environment) {
        this.session = session;
        this.environment = environment;
    }

    @Override
    public String expand(String template) {
        if (template.equals(DEFAULT_LINES[0])) return windowsLine();
        if (template.equals(DEFAULT_LINES[1])) return panesLine();
        return Formats.expand(time(template), variables(session.activePane()));
    }

    private FormatVariables variables(Pane pane) {
        return new FormatVariables(pane, environment);
    }

    private String windowsLine() {
        Options options = session.options();
        StringBuilder line = new StringBuilder();
        line.append("#[align=left range=left ").append(options.string("status-left-style")).append("]#[push-default]")
                .append(trim(timed("status-left"), options.number("status-left-length")))
                .append("#[pop-default]#[norange default]#[list=on align=").append(options.string("status-justify"))
                .append("]#[list=left-marker]<#[list=right-marker]>#[list=on]");
        for (Window window : session.windows()) {
            Options windowOptions = window.options();
            boolean current = window == session.currentWindow();
            String style = windowOptions.string("window-status-style");
            String currentStyle = windowOptions.string("window-status-current-style");
            String lastStyle = windowOptions.string("window-status-last-style");
            line.append("#[range=window|").append(window.index()).append(current ? " list=focus " : " ")
                    .append(current && !currentStyle.equals("default") ? currentStyle : style);
            if (window == session.lastWindow() && !lastStyle.equals("default")) line.append(' ').append(lastStyle);
            String format = windowOptions.string(current ? "window-status-current-format" : "window-status-format");
            line.append("]#[push-default]").append(Formats.expand(time(format), variables(window.activePane())))
                    .append(current ? "#[pop-default]#[norange list=on default]" : "#[pop-default]#[norange default]");
            if (window != session.windows().get(session.windows().size() - 1)) {
                line.append(windowOptions.string("window-status-separator"));
            }
        }
        line.append("#[nolist align=right range=right ").append(options.string("status-right-style"))
                .append("]#[push-default]").append(trim(timed("status-right"), options.number("status-right-length")))
                .append("#[pop-default]#[norange default]");
        return line.toString();
    }

    private String panesLine() {
        StringBuilder line = new StringBuilder("#[align=centre]");
        Window window = session.currentWindow();
        for (int i = 0; i < window.panes().size(); i++) {
            Pane pane = window.panes().get(i);
            if (pane == window.activePane()) line.append("#[reverse]");
            line.append(i).append('[').append(window.geometry(pane).columns()).append('x')
                    .append(window.geometry(pane).rows()).append("]#[default] ");
        }
        return line.toString();
    }

    private String timed(String option) {
        String template = session.options().string(option);
        if (template.equals(DEFAULT_RIGHT)) template = DEFAULT_RIGHT_SHOWN;
        return Formats.expand(time(template), variables(session.activePane()));
    }

    /** The first {@code cells} characters, #[...] kept whole (tmux's =N: on a status part). */
    private static String trim(String text, int cells) {
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length() && used < cells; ) {
            if (text.startsWith("#[", i) && text.indexOf(']', i) > 0) {
                int end = text.indexOf(']', i) + 1;
                kept.append(text, i, end);
                i = end;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int width = Math.max(0, WcWidth.of(codePoint));
            if (used + width > cells) break;
            used += width;
            kept.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** strftime(3)'s common conversions, which tmux applies to a status format before expanding it. */
    private static String time(String text) {
        if (text.indexOf('%') < 0) return text;
        ZonedDateTime now = ZonedDateTime.now();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char conversion = text.charAt(++i);
            switch (conversion) {
                case 'H' -> out.append(String.format("%02d", now.getHour()));
                case 'M' -> out.append(String.format("%02d", now.getMinute()));
                case 'S' -> out.append(String.format("%02d", now.getSecond()));
                case 'd' -> out.append(String.format("%02d", now.getDayOfMonth()));
                case 'e' -> out.append(String.format("%2d", now.getDayOfMonth()));
                case 'm' -> out.append(String.format("%02d", now.getMonthValue()));
                case 'y' -> out.append(String.format("%02d", now.getYear() % 100));
                case 'Y' -> out.append(now.getYear());
                case 'b' -> out.append(MONTH.format(now));
                case 'a' -> out.append(DAY.format(now));
                case '%' -> out.append('%');
                default -> out.append('%').append(conversion);
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String[] defaultLines() {
        OptionDefinition definition = StandardOptions.table().definition("status-format");
        SortedMap<Integer, String> lines = (SortedMap<Integer, String>) OptionStore.defaultValue(definition);
        return new String[] {lines.get(0), lines.get(1)};
    }
}
