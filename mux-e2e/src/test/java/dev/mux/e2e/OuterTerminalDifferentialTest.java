package dev.mux.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the client's terminal depends on what its terminfo entry, terminal-features and
 * terminal-overrides say it can do, as in tmux 3.3a: the same picture (every palette colour, 24-bit
 * colours, the ANSI colours, each attribute) is drawn by tmux and by mux for clients whose TERM and
 * overrides differ, and the two outer terminals must show the same cells (styled and coloured
 * underlines among them).
 */
class OuterTerminalDifferentialTest {
    private static final String END = "END-OF-PICTURE";

    @TempDir
    Path scratch;

    private record Terminal(String term, String overrides) { }

    @Test
    void coloursAndAttributesAreFittedToTheTerminalAsTmuxFitsThem() throws Exception {
        // A VT100-like terminal is asked what it is, and the outer tmux says it is tmux, which brings
        // 256 colours and RGB; a clear that does not start with CSI makes a terminal that is not asked.
        String notAsked = ":clear=\\E7\\E[H\\E[2J";
        List<Terminal> terminals = List.of(
                new Terminal("xterm-256color", ""),
                new Terminal("xterm-256color", "xterm-256color" + notAsked),
                new Terminal("xterm-256color", "xterm-256color:Tc" + notAsked),
                new Terminal("xterm", "xterm" + notAsked),
                new Terminal("xterm", "xterm:colors=16:smxx=\\E[9m" + notAsked),
                new Terminal("screen", "screen" + notAsked));
        try (MuxHarness mux = MuxHarness.create(scratch); TwinServers twins = new TwinServers(mux)) {
            Path picture = scratch.resolve("picture");
            Files.writeString(picture, picture());
            twins.same("new-session", "-d", "-s", "s", "-x", "100", "-y", "30", "cat " + picture + "; exec sleep 3600");
            twins.same("set", "-g", "status", "off");
            for (Terminal terminal : terminals) {
                twins.same("set", "-s", "terminal-overrides", terminal.overrides());
                String tmuxAttach = Shell.line(List.of("env", "-u", "TMUX", "TERM=" + terminal.term(), "tmux", "-S",
                        scratch.resolve("tmux.sock").toString(), "attach", "-t", "s"));
                String muxAttach = "env TERM=" + terminal.term() + " " + mux.muxShellLine("attach", "-t", "s");
                try (OuterTmux tmuxTerminal = OuterTmux.start(mux, tmuxAttach, "tmux-" + terminals.indexOf(terminal), 100, 30);
                        OuterTmux muxTerminal = OuterTmux.start(mux, muxAttach, "mux-" + terminals.indexOf(terminal), 100, 30)) {
                    String[] last = new String[2];
                    try {
                        Poll.until("both drawn for " + terminal, () -> {
                            // tmux does not draw again when the terminal's reply brings features: ask both to.
                            refreshClients(twins);
                            last[0] = tmuxTerminal.captureWithStyles();
                            last[1] = muxTerminal.captureWithStyles();
                            return last[0].equals(last[1]) && last[0].contains(END);
                        }, same -> same);
                    } catch (AssertionError timedOut) {
                        assertEquals(last[0], last[1], "what tmux and mux drew for " + terminal);
                        throw timedOut;
                    }
                }
            }
        }
    }

    private static void refreshClients(TwinServers twins) {
        for (String name : twins.tmux("list-clients", "-F", "#{client_name}").out().lines().toList()) {
            twins.tmux("refresh-client", "-t", name);
        }
        for (String name : twins.mux("list-clients", "-F", "#{client_name}").out().lines().toList()) {
            twins.mux("refresh-client", "-t", name);
        }
    }

    /** The bytes of the picture: each line ends by resetting the style. */
    private static String picture() {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < 8; row++) {
            for (int i = 0; i < 32; i++) out.append("\033[38;5;").append(row * 32 + i).append("m#");
            for (int i = 0; i < 32; i++) out.append("\033[48;5;").append(row * 32 + i).append("m ");
            out.append("\033[0m\r\n");
        }
        Random random = new Random(22);
        for (int row = 0; row < 6; row++) {
            for (int i = 0; i < 40; i++) out.append("\033[38;2;").append(rgb(random)).append("m*");
            for (int i = 0; i < 40; i++) out.append("\033[48;2;").append(rgb(random)).append("m ");
            out.append("\033[0m\r\n");
        }
        for (int i = 0; i < 8; i++) out.append("\033[").append(30 + i).append("ma\033[").append(90 + i).append("mb");
        for (int i = 0; i < 8; i++) out.append("\033[").append(40 + i).append("mc\033[").append(100 + i).append("md");
        out.append("\033[0m\r\n");
        String[] attributes = {"1", "2", "3", "4", "5", "7", "9", "53", "1;91", "2;3;44", "7;38;5;200"};
        // Blanks at the end of a line are drawn differently (tmux writes them, mux erases): none are left there.
        for (String attribute : attributes) out.append("\033[").append(attribute).append("m").append(attribute).append("\033[0m ");
        out.setLength(out.length() - 1);
        // Underline styles go only to terminals with Smulx (else a plain underline); underline colours only to
        // those with Setulc, a palette colour as its RGB value.
        out.append("\r\n\033[4:3mcurly\033[0m \033[4:3;58:5:200mpink\033[0m \033[4;58:2::10:20:30mrgb\033[0m "
            + "\033[4:5;58:5:3mdashed\033[0m \033[4:2mdouble\033[0m");
        out.append("\r\n").append(END).append("\r\n");
        return out.toString();
    }

    private static String rgb(Random random) {
        return random.nextInt(256) + ";" + random.nextInt(256) + ";" + random.nextInt(256);
    }
}
