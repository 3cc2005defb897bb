package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The parser and screen must survive any bytes: random bytes, escape sequence fragments with huge
 * or odd parameters, and the recorded corpus with bytes flipped, dropped and spliced in. Each try
 * feeds {@link #BYTES_PER_TRY} of such input through a terminal of a random size (resized every
 * few chunks, which rewraps its lines) and checks the cursor and lines stay in bounds and a capture still works. {@value #TRIES}
 * tries make 10^7 bytes by default; {@code -Dmux.fuzz.bytes=N} spreads N bytes over the tries
 * for a longer run.
 */
class EmulatorFuzzTest {
    private static final int TRIES = 100;
    private static final long TOTAL_BYTES = Long.getLong("mux.fuzz.bytes", 10_000_000L);
    private static final long BYTES_PER_TRY = Math.max(1, TOTAL_BYTES / TRIES);
    private static final int CHUNK = 8192;
    private static final String[] FRAGMENTS = {
        "\033[", "\033]", "\033P", "\033_", "\033^", "\033X", "\033k", "\033\\", "\033(0", "\033)0", "\033(B", "\016",
        "\017", "\033#8", "\033c", "\033[!p", "\033[?1049h", "\033[?1049l", "\033[?47h", "\033[?1047l", "\033[?1048h",
        "\033[?6h", "\033[?7l", "\033[?7h", "\033[4h", "\033[4l", "\033[2;5r", "\033[r", "\033[5;0r", "\033[99999;99999H",
        "\033[4294967296A", "\033[-1C", "\033[1:2H", "\033[38:2::1:2:3m", "\033[38;5m", "\033[38;5;300m", "\033[48;2;1m",
        "\033[58:5:1m", "\033[4:3m", "\033[65535b", "\033[L", "\033[M", "\033[P", "\033[@", "\033[S", "\033[T", "\033[X",
        "\033[J", "\033[1J", "\033[2J", "\033[3J", "\033[K", "\033[1K", "\033[2K", "\033M", "\033D", "\033E", "\0337",
        "\0338", "\033[s", "\033[u", "\033[6n", "\033[c", "\033[>c", "\033[3g", "\033H", "\033[Z", "\033[I", "\t", "\b",
        "\r", "\n", "\u4e2d", "\u0301", "\u200d", "\uD83D\uDE00", "\u00e9", ";", ":", "?", "0", "9", "m", "h", "l",
        "\007", "\030", "\032", "\177", "\033]0;", "\033]2;title\007",
        "\033]7;file:///tmp/a%20b\007", "\033]7;file://host/%zz\033\\", "\033]7;", "\033[?2026h", "\033[?2026l",
        "\033[58;5;1m", "\033[58;2;1;2;3m", "\033[59m", "\033]8;;http://example.com\033\\", "\033]8;;\033\\",
        "\033]133;A\007", "\033]133;D;0\007",
        "\033]8;id=a:x=1;http://b/\007", "\033]8;id=;x\033\\", "\033]8;id=a:id=b;u\007", "\033]8;;\u00e9\007", "\033]8;",
        "\033]8;;", "\033[58:2::300:1:1m", "\033[58;5;999m", "\033[58:5m",
        "\033]133;C\007", "\033]133;B\033\\", "\033]133;\007", "\033]133", "\033]133;A;cl=m;aid=1\007",
        "\033Ptmux;", "\033Ptmux;\033\033]2;x\007\033\\", "\033Ptmu", "\033\033",
        "\033[>4;1m", "\033[>4;2m", "\033[>4m", "\033[>0m", "\033[>4n", "\033[>4;99999999999m", "\033[?1004h", "\033[?1004l",
    };

    private static final byte[][] FRAGMENT_BYTES = Stream.of(FRAGMENTS)
        .map(fragment -> fragment.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final List<byte[]> RECORDINGS = recordings();

    @Property(tries = TRIES)
    void anyBytesKeepTheTerminalConsistent(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int columns,
                                           @ForAll @IntRange(min = 1, max = 60) int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        Terminal terminal = new Terminal(columns, rows, 100, reply -> { });
        terminal.onPassthrough(data -> { });
        byte[] chunk = new byte[CHUNK];
        for (long fed = 0; fed < BYTES_PER_TRY; fed += CHUNK) {
            fill(chunk, random);
            terminal.feed(chunk);
            if (random.nextInt(8) == 0) { // often: a resize rewraps history and screen
                terminal.resize(1 + random.nextInt(200), 1 + random.nextInt(60));
            }
            if (random.nextInt(16) == 0) {
                terminal.screen().packHistory();
            }
            assertConsistent(terminal.screen());
        }
        CaptureRange all = CaptureRange.resolve("-", "-", terminal.screen().historySize(), terminal.rows());
        PaneCapture.capture(terminal.screen(), all, new CaptureFormat(true, true, true, false));
    }

    /** One of three kinds of chunk: random bytes, fragments and random bytes, or a mutated recording. */
    static void fill(byte[] chunk, SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int index = 0; index < chunk.length; index++) {
                    chunk[index] = (byte) random.nextInt(256);
                }
            }
            case 1 -> {
                int length = 0;
                while (length < chunk.length) {
                    if (random.nextInt(3) == 0) {
                        chunk[length++] = (byte) random.nextInt(256);
                    } else {
                        byte[] fragment = FRAGMENT_BYTES[random.nextInt(FRAGMENT_BYTES.length)];
                        int count = Math.min(fragment.length, chunk.length - length);
                        System.arraycopy(fragment, 0, chunk, length, count);
                        length += count;
                    }
                }
            }
            default -> mutatedRecording(chunk, random);
        }
    }

    private static void mutatedRecording(byte[] chunk, SplittableRandom random) {
        byte[] recording = RECORDINGS.get(random.nextInt(RECORDINGS.size()));
        int start = random.nextInt(recording.length);
        for (int index = 0; index < chunk.length; index++) {
            chunk[index] = recording[(start + index) % recording.length];
        }
        int mutations = 1 + random.nextInt(64);
        for (int mutation = 0; mutation < mutations; mutation++) {
            int at = random.nextInt(chunk.length);
            if (random.nextBoolean()) {
                chunk[at] = (byte) random.nextInt(256);
            } else {
                byte[] fragment = FRAGMENT_BYTES[random.nextInt(FRAGMENT_BYTES.length)];
                System.arraycopy(fragment, 0, chunk, at, Math.min(fragment.length, chunk.length - at));
            }
        }
    }

    private static void assertConsistent(Screen screen) {
        assertTrue(screen.cursorColumn() >= 0 && screen.cursorColumn() < screen.columns(), "cursor column on screen");
        assertTrue(screen.cursorRow() >= 0 && screen.cursorRow() < screen.rows(), "cursor row on screen");
        for (int row = 0; row < screen.rows(); row++) {
            Line line = screen.line(row);
            assertTrue(line.columns() == screen.columns() && line.used() <= line.columns(), "line " + row + " fits");
            for (int column = 0; column < line.columns(); column++) {
                line.extra(column);
            }
        }
        for (int index = 0; index < screen.historySize(); index++) {
            Line line = screen.historyLine(index);
            for (int column = 0; column < line.columns(); column++) {
                line.extra(column);
            }
        }
    }

    private static List<byte[]> recordings() {
        List<byte[]> recordings = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "corpus", "cases"))) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 0) {
                    recordings.add(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recordings;
    }
}
