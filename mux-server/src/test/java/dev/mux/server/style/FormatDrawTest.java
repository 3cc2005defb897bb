package dev.mux.server.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.options.Colours;
import dev.mux.server.term.Line;
import dev.mux.server.term.Style;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Formats drawn as tmux 3.3a draws them: each case of {@code format-draw-tmux-3.3a.txt} is a
 * status-format[0] that a tmux 3.3a drew on its status line (black on green), the line as an
 * outer tmux captured it with its SGR sequences, and the ranges tmux's log gave. The captured line
 * is read back into cells by mux's terminal emulator (tested against tmux on its own), over a row
 * of black-on-green blanks, as capture-pane leaves out trailing blanks.
 */
class FormatDrawTest {
    private static final long BASE = Style.withBackground(Style.withForeground(Style.DEFAULT, Colours.color("black")),
            Colours.color("green"));

    private record Case(int width, String format, String screen, List<String> ranges) { }

    @TestFactory
    List<DynamicTest> drawsAsTmuxDraws() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.width + " " + c.format, () -> {
                CellRow row = new CellRow(c.width, BASE);
                List<StyleRange> ranges = FormatDraw.draw(row, BASE, c.width, c.format, true, false);
                Line expected = tmuxLine(c.width, c.screen);
                for (int column = 0; column < c.width; column++) {
                    String where = "column " + column + " of \"" + row.text() + "\"";
                    assertEquals(expected.codePoint(column), row.codePoint(column), where);
                    assertEquals(Long.toHexString(expected.style(column)), Long.toHexString(row.style(column)), where);
                }
                List<String> drawn = new ArrayList<>();
                for (StyleRange range : ranges) {
                    drawn.add(range.type().ordinal() + "|" + range.argument() + " at " + range.start() + "-" + range.end());
                }
                assertEquals(c.ranges, drawn);
            }));
        }
        return tests;
    }

    private static Line tmuxLine(int width, String captured) {
        Terminal terminal = new Terminal(width, 1, 0, bytes -> { });
        String blanks = "\033[30;42m" + " ".repeat(width) + "\r\033[0m";
        terminal.feed((blanks + captured.replace("\\e", "\033")).getBytes(StandardCharsets.UTF_8));
        return terminal.screen().line(0);
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = FormatDrawTest.class.getResourceAsStream("format-draw-tmux-3.3a.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].equals("case")) continue;
                int width = Integer.parseInt(lines[i + 1]);
                String format = lines[i + 2];
                String screen = lines[i + 3];
                List<String> ranges = new ArrayList<>();
                int j = i + 4;
                while (!lines[j].equals("end")) ranges.add(lines[j++]);
                cases.add(new Case(width, format, screen, ranges));
                i = j;
            }
        }
        return cases;
    }
}
