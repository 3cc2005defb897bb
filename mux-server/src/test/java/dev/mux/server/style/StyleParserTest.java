package dev.mux.server.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mux.server.style.StyleSpec.Align;
import dev.mux.server.style.StyleSpec.ListMode;
import dev.mux.server.style.StyleSpec.RangeType;
import dev.mux.server.term.Color;
import dev.mux.server.term.Style;
import org.junit.jupiter.api.Test;

/** The words of tmux's style syntax (style.c and the STYLES section of tmux(1)), and what it rejects. */
class StyleParserTest {
    @Test
    void readsColoursInEveryForm() {
        assertEquals(Color.ansi(1), Style.foreground(StyleParser.cell("fg=red")));
        assertEquals(Color.ansi(9), Style.foreground(StyleParser.cell("fg=brightred")));
        assertEquals(Color.ansi(4), Style.background(StyleParser.cell("bg=4")));
        assertEquals(Color.palette(200), Style.foreground(StyleParser.cell("fg=colour200")));
        assertEquals(Color.palette(17), Style.background(StyleParser.cell("BG=Color17")));
        assertEquals(Color.rgb(0x12, 0x34, 0xab), Style.foreground(StyleParser.cell("fg=#1234AB")));
        assertEquals(Color.DEFAULT, Style.foreground(StyleParser.cell("fg=default")));
    }

    @Test
    void addsAndClearsAttributes() {
        long cell = StyleParser.cell("bold,underscore reverse|italics");
        assertEquals(Style.BOLD | Style.REVERSE | Style.ITALIC, cell & (Style.BOLD | Style.REVERSE | Style.ITALIC));
        assertEquals(Style.UNDERLINE_SINGLE, Style.underline(cell));
        long cleared = StyleParser.parse(StyleSpec.of(cell), Style.DEFAULT, "noreverse,nounderscore").cell();
        assertEquals(Style.BOLD | Style.ITALIC, cleared);
        assertEquals(Style.UNDERLINE_CURLY, Style.underline(StyleParser.cell("curly-underscore")));
        assertEquals(Color.ansi(2), Style.foreground(StyleParser.cell("fg=green,bold,none")));
        assertEquals(0, StyleParser.cell("fg=green,bold,none") & Style.BOLD);
    }

    @Test
    void readsTheDirectionsOfADrawing() {
        StyleSpec style = StyleParser.parse(StyleSpec.DEFAULT, Style.DEFAULT, "align=absolute-centre list=focus range=window|12 fill=blue");
        assertEquals(Align.ABSOLUTE_CENTRE, style.align());
        assertEquals(ListMode.FOCUS, style.list());
        assertEquals(RangeType.WINDOW, style.range());
        assertEquals(12, style.rangeArgument());
        assertEquals(Color.ansi(4), style.fill());
        StyleSpec undone = StyleParser.parse(style, Style.DEFAULT, "noalign nolist norange fill=default");
        assertEquals(StyleSpec.DEFAULT, undone);
    }

    @Test
    void defaultMeansTheBaseGiven() {
        long base = Style.withBackground(Style.DEFAULT, Color.ansi(2));
        StyleSpec red = StyleParser.parse(StyleSpec.of(base), base, "fg=red,bg=blue,bold");
        assertEquals(base, StyleParser.parse(red, base, "default").cell());
        assertEquals(Color.ansi(2), Style.background(StyleParser.parse(red, base, "bg=default").cell()));
    }

    @Test
    void rejectsWhatTmuxRejects() {
        for (String bad : new String[] {"fg=nonsense", "bogus", "align=middle", "list=off", "range=window", "range=left|1",
                "range=window|x", "bold|", "nobogus", "x".repeat(256)}) {
            assertNull(StyleParser.parse(StyleSpec.DEFAULT, Style.DEFAULT, bad), bad);
        }
        assertEquals(StyleSpec.DEFAULT, StyleParser.parse(StyleSpec.DEFAULT, Style.DEFAULT, "range=user"));
    }
}
