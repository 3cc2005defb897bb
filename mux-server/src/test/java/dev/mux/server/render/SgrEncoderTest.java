package dev.mux.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Colours and attributes as tmux 3.3a's tty_check_fg/bg and tty_attributes write them for a terminal. */
class SgrEncoderTest {
    private static ClientTerminal terminal(String overrides) {
        return ClientTerminal.build("test", null, List.of(), List.of("test:clear=\\E[H\\E[2J:bold=\\E[1m:smso=\\E[7m:" + overrides),
                String::equals);
    }

    private static String sgr(ClientTerminal terminal, long style) {
        StringBuilder out = new StringBuilder();
        SgrEncoder.of(terminal).append(out, style);
        return out.toString();
    }

    private static long fg(int color) {
        return Style.withForeground(Style.DEFAULT, color);
    }

    private static long bg(int color) {
        return Style.withBackground(Style.DEFAULT, color);
    }

    @Test
    void trueColourGoesAsItIsOnlyToTerminalsWithRgb() {
        long orange = fg(Color.rgb(0xff, 0x80, 0x00));
        assertEquals("\033[0;38;2;255;128;0m", sgr(terminal("colors=256:Tc"), orange));
        // Nearest of the cube: 255 -> level 5, 128 -> (128-35)/40 = 2, 0 -> 0: 16 + 180 + 12 = 208.
        assertEquals("\033[0;38;5;208m", sgr(terminal("colors=256"), orange));
        // 208 is bright red (9) in tmux's table.
        assertEquals("\033[0;91m", sgr(terminal("colors=16"), orange));
        assertEquals("\033[0;31m", sgr(terminal("colors=8"), orange));
    }

    @Test
    void aGreyNearerTheRampThanTheCubeTakesTheRamp() {
        // (100,100,100): cube level 1 is 0x5f=95 (distance 75), grey index (100-3)/10 = 9 is 98 (distance 12).
        assertEquals("\033[0;48;5;241m", sgr(terminal("colors=256"), bg(Color.rgb(100, 100, 100))));
        // An exact cube colour is the cube's.
        assertEquals("\033[0;48;5;59m", sgr(terminal("colors=256"), bg(Color.rgb(0x5f, 0x5f, 0x5f))));
    }

    @Test
    void theFirstSixteenPaletteColoursAreWrittenAsAnsiOnesAsSetafDoes() {
        assertEquals("\033[0;31;104m", sgr(terminal("colors=256"), Style.withBackground(fg(Color.palette(1)), Color.palette(12))));
        assertEquals("\033[0;38;5;100m", sgr(terminal("colors=256"), fg(Color.palette(100))));
    }

    @Test
    void onEightColoursBrightForegroundsBecomeBoldAndBrightBackgroundsPlain() {
        ClientTerminal eight = terminal("colors=8");
        assertEquals("\033[0;1;31m", sgr(eight, fg(Color.ansi(9))));
        assertEquals("\033[0;41m", sgr(eight, bg(Color.ansi(9))));
        // A palette colour brought to a bright one loses the brightness without bold.
        assertEquals("\033[0;34m", sgr(eight, fg(Color.palette(12))));
        assertEquals("\033[0;94m", sgr(terminal("colors=16"), fg(Color.palette(12))));
    }

    @Test
    void attributesTheTerminalLacksAreLeftOutAndItalicsFallBackToStandout() {
        long style = Style.with(Style.with(Style.with(Style.DEFAULT, Style.ITALIC, true), Style.STRIKETHROUGH, true),
                Style.OVERLINE, true);
        assertEquals("\033[0;7m", sgr(terminal("colors=8"), style));
        assertEquals("\033[0;3;9;53m", sgr(terminal("colors=8:sitm=\\E[3m:smxx=\\E[9m:Smol=\\E[53m"), style));
        assertEquals("\033[0;3;9;53m", sgr(ClientTerminal.ALL, style));
    }

    @Test
    void underlineStylesGoOnlyToTerminalsWithSmulxElseAPlainUnderline() {
        long curly = Style.withUnderline(Style.DEFAULT, Style.UNDERLINE_CURLY);
        assertEquals("\033[0;4:3m", sgr(terminal("colors=256:Smulx=\\E[4::%p1%dm"), curly));
        assertEquals("\033[0;4m", sgr(terminal("colors=256"), curly));
        assertEquals("\033[0;4m", sgr(terminal("colors=256"), Style.withUnderline(Style.DEFAULT, Style.UNDERLINE_SINGLE)));
    }
}
