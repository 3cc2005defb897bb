package dev.mux.server.cmd;

import dev.mux.server.copy.CopyPaneMode;
import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.render.StatusPlacement;
import dev.mux.server.term.Line;
import dev.mux.server.term.Screen;
import dev.mux.server.view.ViewMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The formats about the mouse event whose binding runs a command, as tmux 3.3a gives them:
 * {@code mouse_pane} (the pane under the pointer), {@code mouse_x} and {@code mouse_y} (its cell in
 * that pane, or on the status line), {@code mouse_word} and {@code mouse_line} (the word and the
 * line there, as the pane shows them: its screen, or what copy or view mode shows). Without a mouse
 * event none has a value.
 */
final class MouseFormats {
    private MouseFormats() {}

    /** The values for {@code mouse} (none when null); {@code client} is the client it came from. */
    static Map<String, String> of(MouseKey mouse, FormatClient client, String wordSeparators) {
        Map<String, String> values = new HashMap<>();
        if (mouse == null) return values;
        Pane pane = mouse.place().pane();
        Optional<MouseKey.Cell> cell = mouse.cellIn(pane, false);
        if (pane != null) values.put("mouse_pane", "%" + pane.id());
        if (cell.isPresent()) {
            int x = cell.get().column();
            int y = cell.get().row();
            values.put("mouse_x", Integer.toString(x));
            values.put("mouse_y", Integer.toString(y));
            ShownRows rows = shownRows(pane);
            if (rows != null) {
                putIfText(values, "mouse_word", rows.word(x, y, wordSeparators));
                putIfText(values, "mouse_line", rows.line(y));
            }
        } else if (client != null && client.session() != null && mouse.place().where().onStatusLine()) {
            StatusPlacement status = StatusPlacement.of(client.session().options());
            values.put("mouse_x", Integer.toString(mouse.x()));
            values.put("mouse_y", Integer.toString(mouse.y() - status.firstRow(client.height())));
        }
        return values;
    }

    private static void putIfText(Map<String, String> values, String name, String text) {
        if (!text.isEmpty()) values.put(name, text);
    }

    /** What the pane shows: its screen (with its history above), or copy or view mode's rows; null in another mode. */
    private static ShownRows shownRows(Pane pane) {
        PaneMode mode = pane.modes().top();
        Screen screen = pane.terminal().screen();
        if (mode == null) {
            return new ShownRows(screen.historySize(), screen.historySize() + screen.rows(),
                    index -> Row.of(screen.historyOrVisibleLine(index)));
        }
        if (!mode.name().equals(CopyPaneMode.NAME) && !mode.name().equals(ViewMode.NAME)) return null;
        TextCanvas canvas = new TextCanvas(screen.columns(), screen.rows());
        mode.draw(canvas);
        return new ShownRows(0, screen.rows(), canvas::row);
    }

    /** A row as the word and line formats read it: each cell's text ("" right of a wide character). */
    record Row(String[] cells, boolean wrapped) {
        static Row of(Line line) {
            String[] cells = new String[line.columns()];
            for (int column = 0; column < cells.length; column++) cells[column] = line.text(column);
            return new Row(cells, line.wrapped());
        }

        String cell(int column) {
            return column < cells.length ? cells[column] : " ";
        }

        /** The cells in use, trailing blanks not counted, as tmux's grid_line_length. */
        int used() {
            int used = cells.length;
            while (used > 0 && cells[used - 1].equals(" ")) used--;
            return used;
        }

        String text() {
            return String.join("", java.util.Arrays.copyOf(cells, used()));
        }
    }

    /** {@code count} rows numbered from the oldest; {@code top} is the one shown first. */
    private record ShownRows(int top, int count, IntFunction<Row> rows) {
        String line(int row) {
            return rows.apply(top + row).text();
        }

        /**
         * The word at {@code column}: back to the separator or blank before it (across lines that
         * wrapped), then on to the next one, as tmux's format_grid_word; on a separator, the word after it.
         */
        String word(int column, int row, String separators) {
            int y = top + row;
            int x = column;
            boolean found = false;
            while (true) {
                String cell = rows.apply(y).cell(x);
                if (cell.isEmpty()) break;
                if (isBreak(cell, separators)) {
                    found = true;
                    break;
                }
                if (x == 0) {
                    if (y == 0 || !rows.apply(y - 1).wrapped()) break;
                    y--;
                    x = rows.apply(y).used();
                    if (x == 0) break;
                }
                x--;
            }
            StringBuilder word = new StringBuilder();
            while (true) {
                Row line = rows.apply(y);
                if (found) {
                    int end = line.used();
                    if (end == 0 || x == end - 1) {
                        if (y == count - 1 || !line.wrapped()) break;
                        y++;
                        x = 0;
                        line = rows.apply(y);
                    } else {
                        x++;
                    }
                }
                found = true;
                String cell = line.cell(x);
                if (cell.isEmpty() || isBreak(cell, separators)) break;
                word.append(cell);
            }
            return word.toString();
        }

        private static boolean isBreak(String cell, String separators) {
            return cell.equals(" ") || separators.contains(cell);
        }
    }
}
