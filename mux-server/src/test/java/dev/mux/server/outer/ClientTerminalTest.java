package dev.mux.server.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of tmux 3.3a's tty_term_create, on this machine's terminfo entries. */
class ClientTerminalTest {
    /** tmux 3.3a's default terminal-features. */
    private static final List<String> DEFAULT_FEATURES = List.of("xterm*:clipboard:ccolour:cstyle:focus:title", "screen*:title");

    private static ClientTerminal terminal(String term, List<String> features, List<String> overrides) {
        Capabilities entry = TerminfoFiles.read(term, Map.of()).orElse(null);
        return ClientTerminal.build(term, entry, features, overrides, ClientTerminalTest::glob);
    }

    private static boolean glob(String pattern, String text) {
        return text.matches(pattern.replace("*", ".*").replace("?", "."));
    }

    @Test
    void anXtermWithTheDefaultFeaturesHas256ColoursAndTheXtermFeatures() {
        ClientTerminal xterm = terminal("xterm-256color", DEFAULT_FEATURES, List.of());
        assertEquals(ClientTerminal.Colours.C256, xterm.colours());
        for (Feature feature : List.of(Feature.CLIPBOARD, Feature.CCOLOUR, Feature.CSTYLE, Feature.FOCUS, Feature.TITLE,
                Feature.BPASTE, Feature.COLOURS_256)) {
            assertTrue(xterm.has(feature), feature.name());
        }
        for (Feature feature : List.of(Feature.RGB, Feature.USSTYLE, Feature.EXTKEYS, Feature.SYNC, Feature.HYPERLINKS)) {
            assertFalse(xterm.has(feature), feature.name());
        }
        assertEquals("\033]0;", xterm.string("tsl"));
        assertEquals("\007", xterm.string("fsl"));
    }

    @Test
    void tcOrTheRgbFeatureGivesTrueColour() {
        assertEquals(ClientTerminal.Colours.RGB, terminal("xterm-256color", DEFAULT_FEATURES, List.of("xterm-256color:Tc")).colours());
        assertEquals(ClientTerminal.Colours.RGB, terminal("xterm-256color", List.of("xterm*:RGB"), List.of()).colours());
        ClientTerminal rgb = terminal("screen", List.of("screen:RGB:usstyle"), List.of());
        assertEquals(ClientTerminal.Colours.RGB, rgb.colours());
        assertTrue(rgb.has(Feature.USSTYLE));
        assertEquals("\033[38;2;%p1%d;%p2%d;%p3%dm", rgb.string("setrgbf"));
    }

    @Test
    void colourCountsComeFromTheEntryUnlessAFeatureSays256() {
        assertEquals(ClientTerminal.Colours.C8, terminal("screen", DEFAULT_FEATURES, List.of()).colours());
        assertEquals(ClientTerminal.Colours.C16, terminal("screen", DEFAULT_FEATURES, List.of("screen:colors=16")).colours());
        assertEquals(ClientTerminal.Colours.C256, terminal("screen", List.of("scr*:256"), List.of()).colours());
        assertEquals(ClientTerminal.Colours.C8, terminal("screen", List.of(), List.of("screen:colors=lots")).colours());
    }

    @Test
    void aVt100LikeTerminalGainsBracketedPasteFocusAndTitle() {
        ClientTerminal screen = terminal("screen", List.of(), List.of());
        assertTrue(screen.has(Feature.BPASTE) && screen.has(Feature.FOCUS) && screen.has(Feature.TITLE));
        assertFalse(screen.has(Feature.CLIPBOARD));
        ClientTerminal dumb = terminal("dumb", DEFAULT_FEATURES, List.of());
        assertFalse(dumb.has(Feature.TITLE) || dumb.has(Feature.FOCUS));
    }

    @Test
    void overridesHaveTheLastWordAndTakeEscapes() {
        ClientTerminal removed = terminal("xterm-256color", DEFAULT_FEATURES, List.of("xterm*:Ms@:Ss@"));
        assertFalse(removed.has(Feature.CLIPBOARD), "the clipboard feature's Ms is removed again by the override");
        assertFalse(removed.has(Feature.CSTYLE));
        ClientTerminal added = terminal("screen", List.of(), List.of("screen:Ss=\\E[%p1%d q:Se=\\E[2 q", "other:Cs=x"));
        assertEquals("\033[%p1%d q", added.string("Ss"));
        assertTrue(added.has(Feature.CSTYLE));
        assertFalse(added.has(Feature.CCOLOUR), "an item for another TERM does nothing");
        ClientTerminal colon = terminal("screen", List.of(), List.of("screen:Ms=a::b:Smulx"));
        assertEquals("a:b", colon.string("Ms"));
        assertEquals("", colon.string("Smulx"), "a name alone makes an empty string of a string capability");
        assertTrue(colon.has(Feature.USSTYLE));
    }

    @Test
    void anUnknownFeatureEndsItsItem() {
        ClientTerminal terminal = terminal("screen", List.of("screen:ccolour:nonsense:extkeys", "s*:sync"), List.of());
        assertTrue(terminal.has(Feature.CCOLOUR));
        assertFalse(terminal.has(Feature.EXTKEYS));
        assertTrue(terminal.has(Feature.SYNC));
    }

    @Test
    void aTerminalWithoutAnEntryHasOnlyWhatTheOptionsGive() {
        ClientTerminal none = ClientTerminal.build("nothing", null, List.of("*:hyperlinks"), List.of(), ClientTerminalTest::glob);
        assertEquals(ClientTerminal.Colours.C8, none.colours());
        assertTrue(none.has(Feature.HYPERLINKS));
        assertNull(none.string("clear"));
    }

    @Test
    void theTerminalThatHasEverything() {
        for (Feature feature : Feature.values()) assertTrue(ClientTerminal.ALL.has(feature), feature.name());
        assertEquals(ClientTerminal.Colours.RGB, ClientTerminal.ALL.colours());
    }
}
