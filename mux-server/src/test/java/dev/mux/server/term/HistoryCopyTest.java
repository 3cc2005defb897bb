package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy of the newest history lines reads as the screen's own history did when it was taken. */
class HistoryCopyTest {
    @Test
    void theCopyReadsAsTheHistoryDidAcrossPackedBlocksAndDroppedLines() {
        for (int limit : List.of(100, 2000, 5000)) {
            Terminal terminal = new Terminal(60, 10, limit, bytes -> {});
            feed(terminal, "line", 3 * limit + 77);
            terminal.screen().packHistory();
            Screen screen = terminal.screen();
            for (int count : List.of(0, 1, 127, 128, 129, 300, limit, limit + 50)) {
                HistoryCopy copy = screen.historyCopy(count);
                List<String> expected = new ArrayList<>();
                for (int i = Math.max(0, screen.historySize() - count); i < screen.historySize(); i++) {
                    expected.add(screen.historyLine(i).plainText());
                }
                // Later output must not change what was copied.
                feed(terminal, "later", 400);
                List<String> read = copy.lines().stream().map(Line::plainText).toList();
                assertEquals(expected, read, "limit " + limit + ", newest " + count);
                assertEquals(expected.size(), copy.size());
            }
        }
    }

    private static void feed(Terminal terminal, String word, int lines) {
        for (int i = 0; i < lines; i++) terminal.feed((word + " " + i + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
