package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What tmux 3.3a and mux send a client's terminal for the cursor a pane's program asks for (its
 * shape, DECSCUSR through Ss/Se, and its colour, OSC 12 through Cs/Cr, read as tmux reads it: cmyk: is
 * read, rgbi: and an unknown name are no colour and leave the last one)
 * and for extended keys (Eneks while attached with extended-keys on, Dseks when the client leaves):
 * each client runs under script(1), which records every byte it writes, and the two records must
 * hold the same such sequences.
 */
class CursorAndKeysToTerminalDifferentialTest {
    private static final Pattern SEQUENCES =
            Pattern.compile("\033\\[[0-9]* q|\033]1?12[^\007\033]*(\007|\033\\\\)|\033\\[>4[;0-9]*m");

    @TempDir
    Path scratch;

    @Test
    void cursorShapeColourAndExtendedKeysReachTheTerminalAsFromTmux() throws Exception {
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            twins.same("new-session", "-d", "-s", "s", "-x", "80", "-y", "20",
                    "printf '\\033[4 q\\033]12;red\\007\\033]12;cmyk:0/0/1/0\\007\\033]12;rgbi:1/0/0\\007"
                    + "\\033]12;nosuchcolour\\007drawn'; exec sleep 600");
            twins.same("set", "-g", "status", "off");
            twins.same("set", "-s", "extended-keys", "on");
            twins.same("set", "-as", "terminal-features", "xterm*:extkeys");
            String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "TERM=xterm-256color", "tmux", "-S",
                    scratch.resolve("tmux.sock").toString(), "attach", "-t", "s"));
            String muxAttach = "env TERM=xterm-256color " + mux.muxShellLine("attach", "-t", "s");
            Path tmuxRecord = scratch.resolve("tmux.record");
            Path muxRecord = scratch.resolve("mux.record");
            try (OuterTmux tmuxTerminal = OuterTmux.start(mux, recorded(tmuxAttach, tmuxRecord), "tmux-terminal", 80, 20);
                    OuterTmux muxTerminal = OuterTmux.start(mux, recorded(muxAttach, muxRecord), "mux-terminal", 80, 20)) {
                tmuxTerminal.waitForLine("drawn");
                muxTerminal.waitForLine("drawn");
                // tmux asks for extended keys once the terminal said what it is.
                sequences(tmuxRecord, "\033[>4;1m");
                sequences(muxRecord, "\033[>4;1m");
                twins.same("detach-client", "-s", "s");
                Set<String> fromTmux = sequences(tmuxRecord, "\033[>4m");
                assertEquals(fromTmux, sequences(muxRecord, "\033[>4m"), "the cursor and key sequences the terminal got");
                assertEquals(new TreeSet<>(Set.of("^[[4 q", "^[]12;rgb:ff/ff/00^G", "^[[>4;1m", "^[[2 q", "^[]112^G", "^[[>4m")),
                        fromTmux, "what this test expects tmux to send");
            }
        }
    }

    private static String recorded(String commandLine, Path record) {
        return "script -qfc " + Shell.quote(commandLine) + " " + Shell.quote(record.toString());
    }

    /** The distinct cursor and key sequences in the record, once {@code last} is among them; ESC as ^[, BEL as ^G. */
    private static Set<String> sequences(Path record, String last) {
        return Poll.until("the record " + record.getFileName() + " to hold " + last.replace("\033", "^["), () -> {
            Set<String> found = new TreeSet<>();
            try {
                if (!Files.exists(record)) return found;
                Matcher matcher = SEQUENCES.matcher(Files.readString(record, StandardCharsets.ISO_8859_1));
                while (matcher.find()) found.add(matcher.group().replace("\033", "^[").replace("\007", "^G"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return found;
        }, found -> found.contains(last.replace("\033", "^[")));
    }
}
