package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Tparm;
import dev.mux.server.term.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor shape and colour a pane's program sets reach the client's terminal through its Ss/Se and Cs/Cr, as tmux 3.3a sends them. */
class CursorLookTest {
    private static CursorLook after(String output) {
        Terminal pane = new Terminal(20, 5, 0, bytes -> { });
        pane.feed(output.getBytes(StandardCharsets.UTF_8));
        return CursorLook.of(pane.screen());
    }

    @Test
    void shapeAndColourGoThroughTheTerminalsCapabilities() {
        ClientTerminal all = ClientTerminal.ALL;
        CursorLook bar = after("\033[5 q\033]12;rgb:ff/80/00\007");
        assertEquals("\033]12;rgb:ff/80/00\007\033[5 q", CursorLook.DEFAULT.changeTo(bar, all));
        assertEquals("\033]112\007\033[2 q", bar.changeTo(CursorLook.DEFAULT, all));
        assertEquals("", bar.changeTo(after("\033[5 q\033]12;#ff8000\007"), all), "the same colour written otherwise");
        assertEquals("\033]112\007", bar.changeTo(after("\033[5 q\033]12;rgb:ff/80/00\007\033]112\007"), all));
        assertEquals("\033]12;rgb:ff/00/00\007", CursorLook.DEFAULT.changeTo(after("\033]12;rgb:ffff/0000/0000\033\\"), all));
    }

    @Test
    void colourNamesAreX11Names() {
        // tmux reads OSC 12 names from X11's table: red is #ff0000 and green #00ff00, not the terminal's colours;
        // grey50 is 2.55 * 50 rounded, which in doubles is just under 127.5.
        ClientTerminal all = ClientTerminal.ALL;
        assertEquals("\033]12;rgb:ff/00/00\007", CursorLook.DEFAULT.changeTo(after("\033]12;red\007"), all));
        assertEquals("\033]12;rgb:00/ff/00\007", CursorLook.DEFAULT.changeTo(after("\033]12;Green\007"), all));
        assertEquals("\033]12;rgb:f0/f8/ff\007", CursorLook.DEFAULT.changeTo(after("\033]12; AliceBlue \007"), all));
        assertEquals("\033]12;rgb:7f/7f/7f\007", CursorLook.DEFAULT.changeTo(after("\033]12;grey50\007"), all));
    }

    @Test
    void aColourTmuxCannotReadLeavesTheLastOne() {
        ClientTerminal all = ClientTerminal.ALL;
        assertEquals("\033]12;rgb:ff/ff/00\007",
                CursorLook.DEFAULT.changeTo(after("\033]12;cmyk:0/0/1/0\007\033]12;rgbi:1/0/0\007\033]12;bad\007"), all));
    }

    @Test
    void aTerminalWithoutThemIsSentNothingAndOneWithoutSeGetsSsZero() {
        ClientTerminal none = ClientTerminal.build("t", null, List.of(), List.of(), String::equals);
        assertEquals("", CursorLook.DEFAULT.changeTo(after("\033[3 q\033]12;red\007"), none));
        ClientTerminal ssOnly = ClientTerminal.build("t", null, List.of(), List.of("t:Ss=\\E[%p1%d q"), String::equals);
        assertEquals("\033[0 q", after("\033[3 q").changeTo(CursorLook.DEFAULT, ssOnly));
    }

    @Test
    void parametersArePutInAsTparmDoes() {
        assertEquals("\033[38;5;100m", Tparm.expand("\\E".replace("\\E", "\033")
                + "[%?%p1%{8}%<%t3%p1%d%e%p1%{16}%<%t9%p1%{8}%-%d%e38;5;%p1%d%;m", 100));
        assertEquals("\033[93m", Tparm.expand("\033[%?%p1%{8}%<%t3%p1%d%e%p1%{16}%<%t9%p1%{8}%-%d%e38;5;%p1%d%;m", 11));
        assertEquals("\033[3;5H", Tparm.expand("\033[%i%p1%d;%p2%dH", 2, 4));
    }
}
