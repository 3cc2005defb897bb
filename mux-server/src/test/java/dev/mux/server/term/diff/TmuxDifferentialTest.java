package dev.mux.server.term.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The emulator's proof of fidelity: every recorded program output in {@code corpus/cases} and every
 * synthetic case is fed to a detached tmux 3.3a pane and to a mux {@link Terminal} of the same
 * size, and {@code capture-pane} (plain, {@code -e}, {@code -J} and {@code -N}, history included)
 * must print the same bytes for both.
 */
class TmuxDifferentialTest {
    /**
     * Ends every stream in both terminals: CAN leaves any sequence, then a title tmux can be asked
     * for. (The pane does not echo, so tmux's answers to the recorded queries stay off its screen.)
     */
    private static final String DONE_TITLE = "mux-differential-done";
    private static final byte[] DONE = ("\030\033]2;" + DONE_TITLE + "\033\\").getBytes(StandardCharsets.US_ASCII);
    private static final long FEED_DEADLINE_MILLIS = 30_000;
    private static final int HISTORY_LIMIT = 2000;
    private static final List<String[]> FLAGS = List.of(
        new String[] {}, new String[] {"-e"}, new String[] {"-J"}, new String[] {"-N"});

    @TempDir
    static Path streams;
    private static TmuxServer tmux;
    private static List<CorpusCase> cases;

    @BeforeAll
    static void feedEveryCaseToTmux() throws IOException, InterruptedException {
        cases = new ArrayList<>(CorpusCase.recorded(Path.of("..", "corpus", "cases")));
        assertTrue(cases.size() >= 20, "corpus/cases holds " + cases.size() + " recordings, expected at least 20");
        cases.addAll(SyntheticCases.all());
        tmux = new TmuxServer("mux-differential-" + ProcessHandle.current().pid());
        Path done = Files.write(streams.resolve("done"), DONE);
        for (int index = 0; index < cases.size(); index++) {
            CorpusCase corpusCase = cases.get(index);
            Path stream = Files.write(streams.resolve(index + ".bytes"), corpusCase.bytes());
            tmux.run("set-option", "-g", "history-limit", String.valueOf(HISTORY_LIMIT), ";",
                "new-session", "-d", "-s", session(index), "-x", String.valueOf(corpusCase.columns()),
                "-y", String.valueOf(corpusCase.rows()), "stty -echo; cat '" + stream + "' '" + done + "'; exec sleep 600");
        }
        for (int index = 0; index < cases.size(); index++) {
            awaitConsumed(index);
        }
    }

    @AfterAll
    static void stopTmux() throws IOException, InterruptedException {
        if (tmux != null) {
            tmux.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> captureMatchesTmux() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int index = 0; index < cases.size(); index++) {
            CorpusCase corpusCase = cases.get(index);
            String session = session(index);
            tests.add(DynamicTest.dynamicTest(corpusCase.toString(), () -> {
                Terminal terminal = new Terminal(corpusCase.columns(), corpusCase.rows(), HISTORY_LIMIT, reply -> { });
                terminal.feed(corpusCase.bytes());
                terminal.feed(DONE);
                for (String[] flags : FLAGS) {
                    assertEquals(tmuxCapture(session, flags), muxCapture(terminal, flags),
                        corpusCase.name() + ": capture-pane -p -S - -E - " + String.join(" ", flags));
                }
            }));
        }
        return tests.stream();
    }

    private static String muxCapture(Terminal terminal, String[] flags) {
        List<String> given = List.of(flags);
        CaptureFormat format = new CaptureFormat(given.contains("-e"), false, given.contains("-J"), given.contains("-N"));
        CaptureRange range = CaptureRange.resolve("-", "-", terminal.screen().historySize(), terminal.rows());
        return PaneCapture.printed(PaneCapture.capture(terminal.screen(), range, format));
    }

    private static String tmuxCapture(String session, String[] flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("capture-pane", "-p", "-S", "-", "-E", "-", "-t", session));
        command.addAll(List.of(flags));
        return tmux.run(command.toArray(String[]::new));
    }

    /** Waits until tmux has parsed the whole stream, which the title set at its end shows. */
    private static void awaitConsumed(int index) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + FEED_DEADLINE_MILLIS;
        while (!tmux.run("display-message", "-p", "-t", session(index), "#{pane_title}").strip().equals(DONE_TITLE)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(cases.get(index) + ": tmux did not finish reading the stream");
            }
            Thread.onSpinWait();
        }
    }

    private static String session(int index) {
        return "case" + index;
    }
}
