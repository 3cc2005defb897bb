package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TargetSpecTest {
    private static TargetSpec spec(String session, String window, String pane, boolean windowOnly, boolean paneOnly) {
        return new TargetSpec(session, window, pane, false, false, windowOnly, paneOnly);
    }

    @Test
    void separatorsSplitTheParts() {
        assertEquals(spec("main", "2", "1", true, true), TargetSpec.parse("main:2.1"));
        assertEquals(spec("main", "2", null, true, false), TargetSpec.parse("main:2"));
        assertEquals(spec("main", null, null, true, false), TargetSpec.parse("main:"));
        assertEquals(spec(null, "2", null, true, false), TargetSpec.parse(":2"));
        assertEquals(spec(null, "2", "1", true, true), TargetSpec.parse(":2.1"));
        assertEquals(spec(null, null, "1", false, true), TargetSpec.parse(".1"));
        assertEquals(spec(null, "2", "1", false, true), TargetSpec.parse("2.1"));
    }

    @Test
    void periodCountsOnlyAfterTheColon() {
        assertEquals(spec("main", "vim", "0", true, true), TargetSpec.parse("main:vim.0"));
        assertEquals(spec(null, "a", "b.c", false, true), TargetSpec.parse("a.b.c"));
    }

    @Test
    void bareWordIsWhatTheCommandWants() {
        assertEquals(spec("work", null, null, false, false), TargetSpec.parseSession("work"));
        assertEquals(spec(null, "work", null, false, false), TargetSpec.parseWindow("work"));
        assertEquals(spec(null, null, "work", false, false), TargetSpec.parsePane("work"));
        assertEquals(TargetSpec.parsePane("work"), TargetSpec.parse("work"));
    }

    @Test
    void idsSayWhatTheyAre() {
        assertEquals(spec("$3", null, null, false, false), TargetSpec.parsePane("$3"));
        assertEquals(spec(null, "@4", null, false, false), TargetSpec.parseSession("@4"));
        assertEquals(spec(null, null, "%5", false, false), TargetSpec.parseSession("%5"));
        assertEquals(OptionalInt.of(3), TargetSpec.parseId("$3", '$'));
        assertEquals(OptionalInt.of(5), TargetSpec.parseId("%5", '%'));
        assertEquals(OptionalInt.empty(), TargetSpec.parseId("$3", '@'));
        assertEquals(OptionalInt.empty(), TargetSpec.parseId("$", '$'));
        assertEquals(OptionalInt.empty(), TargetSpec.parseId("$-1", '$'));
        assertEquals(OptionalInt.empty(), TargetSpec.parseId("$99999999999", '$'));
        assertEquals(OptionalInt.empty(), TargetSpec.parseId(null, '$'));
    }

    @Test
    void emptyMeansCurrent() {
        assertSame(TargetSpec.CURRENT, TargetSpec.parse(""));
        assertSame(TargetSpec.CURRENT, TargetSpec.parse(null));
    }

    @Test
    void equalsSignAsksForExactNames() {
        TargetSpec target = TargetSpec.parse("=main:=vim");
        assertEquals("main", target.session());
        assertEquals("vim", target.window());
        assertTrue(target.exactSession());
        assertTrue(target.exactWindow());
        assertFalse(TargetSpec.parse("main:vim").exactSession());
    }

    @Test
    void tokensMapToShortForms() {
        assertEquals("!", TargetSpec.parse(":{last}").window());
        assertEquals("^", TargetSpec.parse(":{start}").window());
        assertEquals("+", TargetSpec.parse(".{next}").pane());
        assertEquals("top-left", TargetSpec.parse(".{top-left}").pane());
        assertEquals("{up-of}", TargetSpec.parse(".{up-of}").pane());
    }

    private record Named(String name) {
    }

    private static final List<Named> SESSIONS = List.of(
            new Named("main"), new Named("mainframe"), new Named("mbox"), new Named("work"));

    private static Named find(String pattern) throws CommandException {
        return TargetSpec.matchName(pattern, SESSIONS, Named::name);
    }

    @Test
    void exactBeatsPrefixBeatsPattern() throws CommandException {
        assertEquals("main", find("main").name());
        assertEquals("mainframe", find("mainf").name());
        assertEquals("work", find("w").name());
        assertEquals("mbox", find("*box").name());
        assertEquals("work", find("[vw]or?").name());
    }

    @Test
    void errorsNameTheNoun() {
        assertEquals("can't find session: nosuch",
                assertThrows(CommandException.class, () -> find("nosuch")).getMessage());
        assertEquals("ambiguous session: m",
                assertThrows(CommandException.class, () -> find("m")).getMessage());
        assertEquals("ambiguous session: m*",
                assertThrows(CommandException.class, () -> find("m*")).getMessage());
        List<Named> windows = List.of(new Named("bash"), new Named("bash"));
        assertEquals("ambiguous window: bash", assertThrows(CommandException.class,
                () -> TargetSpec.matchName("window", "bash", false, windows, Named::name)).getMessage());
    }

    @Test
    void exactOnlySkipsPrefixAndPattern() throws CommandException {
        Function<Named, String> name = Named::name;
        assertEquals("work", TargetSpec.matchName("session", "work", true, SESSIONS, name).name());
        assertEquals("can't find session: wor", assertThrows(CommandException.class,
                () -> TargetSpec.matchName("session", "wor", true, SESSIONS, name)).getMessage());
    }

    @Test
    void fnmatchBasics() {
        assertTrue(TargetSpec.fnmatch("*", ""));
        assertTrue(TargetSpec.fnmatch("a*b*c", "aXXbYc"));
        assertFalse(TargetSpec.fnmatch("a*b", "aXXbc"));
        assertTrue(TargetSpec.fnmatch("[!a]x", "bx"));
        assertFalse(TargetSpec.fnmatch("[!a]x", "ax"));
        assertTrue(TargetSpec.fnmatch("[]]", "]"));
        assertTrue(TargetSpec.fnmatch("[a", "[a"));
        assertTrue(TargetSpec.fnmatch("\\*", "*"));
        assertFalse(TargetSpec.fnmatch("\\*", "x"));
        assertFalse(TargetSpec.fnmatch("?", ""));
    }

    /** tmux 3.3a: `new -d -s 'a:b.c'` lists as a_b_c. */
    @Test
    void sessionNamesLoseSeparators() throws CommandException {
        assertEquals("a_b_c", TargetSpec.sanitizeSessionName("a:b.c"));
        assertEquals("tab\\there\\033", TargetSpec.sanitizeSessionName("tab\there\033"));
        assertEquals("", TargetSpec.sanitizeSessionName(""));
        assertEquals("ok", TargetSpec.checkSessionName("ok"));
        assertEquals("invalid session: ",
                assertThrows(CommandException.class, () -> TargetSpec.checkSessionName("")).getMessage());
    }
}
