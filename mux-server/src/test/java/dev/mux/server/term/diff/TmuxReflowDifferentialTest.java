package dev.mux.server.term.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.term.CaptureFormat;
import dev.mux.server.term.CaptureRange;
import dev.mux.server.term.PaneCapture;
import dev.mux.server.term.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewrapping on resize against tmux 3.3a: every recorded and synthetic case, and the
 * {@link ReflowCases}, is fed to a tmux pane and to a mux {@link Terminal}; both are then resized
 * several times (narrower, shorter, wider and taller), fed more output, and resized back, and after
 * every step {@code capture-pane} (plain, {@code -e}, {@code -J}, history included) and the
 * cursor's position must be the same.
 */
class TmuxReflowDifferentialTest {
    private static final String DONE_TITLE = "mux-reflow-done";
    private static final long FEED_DEADLINE_MILLIS = 30_000;
    private static final int HISTORY_LIMIT = 2000;
    private static final List<String[]> FLAGS = List.of(new String[] {}, new String[] {"-e"}, new String[] {"-J"});

    @TempDir
    static Path streams;
    private static TmuxServer tmux;
    private static List<CorpusCase> cases;

    @BeforeAll
    static void startTmux() throws IOException, InterruptedException {
        cases = new ArrayList<>(CorpusCase.recorded(Path.of("..", "corpus", "cases")));
        cases.addAll(SyntheticCases.all());
        cases.addAll(ReflowCases.all());
        tmux = new TmuxServer("mux-reflow-" + ProcessHandle.current().pid());
        // A session for the whole class: each case kills its own, and with none left the server
        // exits, racing the next case's first command ("server exited unexpectedly").
        tmux.run("new-session", "-d", "-s", "keep", "sleep 100000");
        Files.write(streams.resolve("tail"), concat(ReflowCases.tail(), done(2)));
        for (int stage = 1; stage <= 2; stage++) {
            Files.write(streams.resolve("done" + stage), done(stage));
        }
    }

    @AfterAll
    static void stopTmux() throws IOException, InterruptedException {
        if (tmux != null) {
            tmux.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> rewrapMatchesTmux() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int index = 0; index < cases.size(); index++) {
            CorpusCase corpusCase = cases.get(index);
            String session = "reflow" + index;
            int number = index;
            tests.add(DynamicTest.dynamicTest(corpusCase.toString(), () -> compare(corpusCase, session, number)));
        }
        return tests.stream();
    }

    private static void compare(CorpusCase corpusCase, String session, int index) throws Exception {
        int columns = corpusCase.columns();
        int rows = corpusCase.rows();
        Path stream = Files.write(streams.resolve(index + ".bytes"), concat(corpusCase.bytes(), done(1)));
        tmux.run("set-option", "-g", "history-limit", String.valueOf(HISTORY_LIMIT), ";",
            "new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
            "stty -echo; cat '" + stream + "'; while read f; do cat \"$f\"; done");
        try {
            awaitTitle(session, 1);
            Terminal terminal = new Terminal(columns, rows, HISTORY_LIMIT, reply -> { });
            terminal.feed(corpusCase.bytes());
            terminal.feed(done(1));
            assertSame(corpusCase, session, terminal, "as recorded");
            int narrow = Math.max(2, columns / 2);
            int[][] sizes = {{narrow, rows}, {narrow + 3, Math.max(2, rows - 3)}, {columns + columns / 2, rows + 2},
                {columns - 1, rows}};
            for (int[] size : sizes) {
                resize(session, terminal, size[0], size[1]);
                assertSame(corpusCase, session, terminal, "resized to " + size[0] + "x" + size[1]);
            }
            // C-u first: answers to the recording's queries wait in the pane's input, before the path.
            tmux.run("send-keys", "-t", session, "C-u");
            tmux.run("send-keys", "-t", session, "-l", streams.resolve("tail").toString());
            tmux.run("send-keys", "-t", session, "Enter");
            awaitTitle(session, 2);
            terminal.feed(ReflowCases.tail());
            terminal.feed(done(2));
            assertSame(corpusCase, session, terminal, "fed more at " + (columns - 1) + "x" + rows);
            resize(session, terminal, columns, rows);
            assertSame(corpusCase, session, terminal, "resized back to " + columns + "x" + rows);
        } finally {
            tmux.run("kill-session", "-t", session);
        }
    }

    private static void resize(String session, Terminal terminal, int columns, int rows) throws Exception {
        tmux.run("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
        terminal.resize(columns, rows);
    }

    private static void assertSame(CorpusCase corpusCase, String session, Terminal terminal, String step)
            throws Exception {
        for (String[] flags : FLAGS) {
            List<String> command = new ArrayList<>(List.of("capture-pane", "-p", "-S", "-", "-E", "-", "-t", session));
            command.addAll(List.of(flags));
            String expected = tmux.run(command.toArray(String[]::new));
            assertEquals(expected, muxCapture(terminal, flags),
                corpusCase.name() + ", " + step + ": capture-pane " + String.join(" ", flags));
        }
        String[] cursor = tmux.run("display-message", "-p", "-t", session, "#{cursor_x},#{cursor_y}").strip().split(",");
        // tmux keeps a wrap pending in the last column as a cursor one column past it, and leaves a
        // cursor past the edge of a screen it does not rewrap (the alternate one): mux keeps that as
        // a wrap pending, which the next character takes the same way.
        int expectedColumn = Math.min(Integer.parseInt(cursor[0]), terminal.columns());
        int column = terminal.screen().cursorColumn() + (terminal.screen().wrapPending() ? 1 : 0);
        assertEquals(expectedColumn + "," + cursor[1], column + "," + terminal.screen().cursorRow(),
            corpusCase.name() + ", " + step + ": cursor");
    }

    private static String muxCapture(Terminal terminal, String[] flags) {
        List<String> given = List.of(flags);
        CaptureFormat format = new CaptureFormat(given.contains("-e"), false, given.contains("-J"), false);
        CaptureRange range = CaptureRange.resolve("-", "-", terminal.screen().historySize(), terminal.rows());
        return PaneCapture.printed(PaneCapture.capture(terminal.screen(), range, format));
    }

    /** Waits until tmux has parsed stage {@code stage}, which the title set at its end shows. */
    private static void awaitTitle(String session, int stage) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + FEED_DEADLINE_MILLIS;
        while (!tmux.run("display-message", "-p", "-t", session, "#{pane_title}").strip().equals(DONE_TITLE + stage)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(session + ": tmux did not finish reading stage " + stage);
            }
            Thread.onSpinWait();
        }
    }

    /** CAN ends any sequence left open, then a title says the stage was read. */
    private static byte[] done(int stage) {
        return ("\030\033]2;" + DONE_TITLE + stage + "\033\\").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
