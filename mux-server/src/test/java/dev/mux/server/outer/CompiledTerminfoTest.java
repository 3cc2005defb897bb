package dev.mux.server.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompiledTerminfoTest {
    private static final List<String> TERMS = List.of("xterm-256color", "tmux-256color", "screen", "screen-256color",
            "xterm", "linux", "vt100", "dumb", "rxvt-unicode-256color");

    /** ncurses' own reader (infocmp) is the reference: every capability name, flag and number must agree. */
    @Test
    void everyCapabilityAgreesWithInfocmp() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/infocmp")), "infocmp is not installed");
        int compared = 0;
        for (String term : TERMS) {
            SortedSet<String> expected = infocmp(term);
            if (expected == null) continue;
            Capabilities caps = TerminfoFiles.read(term, Map.of()).orElseThrow(() -> new AssertionError("no entry for " + term));
            assertEquals(expected, caps.described(), term);
            compared++;
        }
        assertTrue(compared >= 3, "too few terminfo entries on this machine to compare");
    }

    @Test
    void stringsAreReadAsTheEntryHoldsThem() {
        Capabilities caps = TerminfoFiles.read("tmux-256color", Map.of()).orElseThrow();
        assertEquals("\033[H\033[J", caps.string("clear"));
        assertEquals("\033]52;%p1%s;%p2%s\007", caps.string("Ms"));
        assertEquals("\033[%p1%d q", caps.string("Ss"));
        assertEquals(256, caps.number("colors"));
        assertTrue(caps.flag("am"));
    }

    @Test
    void anEntryIsFoundInTheClientsOwnDirectoryFirst(@org.junit.jupiter.api.io.TempDir Path home) throws IOException {
        Path own = home.resolve(".terminfo/x/xterm-256color");
        Files.createDirectories(own.getParent());
        Files.copy(Path.of("/lib/terminfo/t/tmux-256color"), own);
        Capabilities caps = TerminfoFiles.read("xterm-256color", Map.of("HOME", home.toString())).orElseThrow();
        assertTrue(caps.has("Ms") && caps.string("clear").equals("\033[H\033[J"), "read the copy of tmux-256color");
        assertTrue(TerminfoFiles.read("../../etc/passwd", Map.of()).isEmpty());
        assertTrue(TerminfoFiles.read("no-such-terminal", Map.of()).isEmpty());
    }

    @Test
    void garbageIsRefusedWithoutAnythingElse() {
        assertThrows(IllegalArgumentException.class, () -> CompiledTerminfo.parse(new byte[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> CompiledTerminfo.parse(new byte[] {0x1a, 0x01, 10, 0}));
        byte[] real = bytes("/lib/terminfo/t/tmux-256color");
        for (int length = 0; length < real.length; length += 97) {
            byte[] cut = java.util.Arrays.copyOf(real, length);
            try {
                CompiledTerminfo.parse(cut);
            } catch (IllegalArgumentException expected) {
                // A cut entry is refused; it never throws anything else.
            }
        }
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** infocmp's capabilities of {@code term}, in {@link Capabilities#described()}'s form, or null if it has none. */
    private static SortedSet<String> infocmp(String term) throws Exception {
        Process process = new ProcessBuilder("infocmp", "-x", "-1", "-q", term).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) return null;
        SortedSet<String> caps = new TreeSet<>();
        try (Stream<String> lines = out.lines().skip(1)) {
            lines.map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
                String cap = line.substring(0, line.length() - 1);
                int hash = cap.indexOf('#');
                int equals = cap.indexOf('=');
                if (equals > 0 && (hash < 0 || equals < hash)) {
                    caps.add(cap.substring(0, equals + 1));
                } else if (hash > 0) {
                    caps.add(cap.substring(0, hash + 1) + Integer.decode(cap.substring(hash + 1)));
                } else if (!cap.endsWith("@")) {
                    caps.add(cap);
                }
            });
        }
        return caps;
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }

    private static void assertTrue(boolean condition) {
        org.junit.jupiter.api.Assertions.assertTrue(condition);
    }
}
