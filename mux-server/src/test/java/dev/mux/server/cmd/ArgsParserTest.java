package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsParserTest {
    private static final CommandSpec NEW_SESSION = new CommandSpec("new-session", "new", "dPs:x:y:t:", 0, 1,
            "[-dP] [-s session-name] [-x width] [-y height] [shell-command]");
    private static final CommandSpec KILL_SERVER = new CommandSpec("kill-server", null, "", 0, 0, "");
    private static final CommandSpec SEND_KEYS = new CommandSpec("send-keys", "send", "lt:", 0, CommandSpec.UNLIMITED,
            "[-l] [-t target-pane] key ...");
    private static final CommandSpec RENAME = new CommandSpec("rename-session", "rename", "t:", 1, 1,
            "[-t target-session] new-name");

    private static ParsedArgs parse(CommandSpec spec, String... words) throws CommandException {
        return ArgsParser.parse(spec, List.of(words));
    }

    private static String error(CommandSpec spec, String... words) {
        return assertThrows(CommandException.class, () -> parse(spec, words)).getMessage();
    }

    @Test
    void groupedFlagsAndAttachedValue() throws CommandException {
        ParsedArgs args = parse(NEW_SESSION, "-dPsfoo", "-x", "80");
        assertTrue(args.has('d'));
        assertTrue(args.has('P'));
        assertEquals("foo", args.value('s'));
        assertEquals("80", args.value('x'));
        assertFalse(args.has('y'));
        assertNull(args.value('y'));
        assertEquals("24", args.value('y', "24"));
    }

    @Test
    void valueInTheNextWordMayLookLikeAFlag() throws CommandException {
        ParsedArgs args = parse(NEW_SESSION, "-ds", "-x", "top");
        assertEquals("-x", args.value('s'));
        assertEquals(List.of("top"), args.positional());
    }

    @Test
    void lastValueWinsAndAllAreKept() throws CommandException {
        ParsedArgs args = parse(NEW_SESSION, "-s", "a", "-sb");
        assertEquals("b", args.value('s'));
        assertEquals(List.of("a", "b"), args.values('s'));
    }

    @Test
    void doubleDashEndsFlagsAndIsDropped() throws CommandException {
        ParsedArgs args = parse(SEND_KEYS, "-l", "--", "-t", "--");
        assertTrue(args.has('l'));
        assertFalse(args.has('t'));
        assertEquals(List.of("-t", "--"), args.positional());
    }

    @Test
    void firstPositionalEndsFlags() throws CommandException {
        ParsedArgs args = parse(SEND_KEYS, "-t", "main", "echo", "-l");
        assertEquals("main", args.value('t'));
        assertFalse(args.has('l'));
        assertEquals(List.of("echo", "-l"), args.positional());
        assertEquals("-l", args.positional(1));
        assertNull(args.positional(2));
    }

    @Test
    void loneDashIsPositional() throws CommandException {
        assertEquals(List.of("-", "-l"), parse(SEND_KEYS, "-", "-l").positional());
    }

    @Test
    void noWordsIsNoFlags() throws CommandException {
        ParsedArgs args = parse(NEW_SESSION);
        assertFalse(args.has('d'));
        assertEquals(List.of(), args.positional());
    }

    /** Wording checked against tmux 3.3a (`tmux new -d -z`, `tmux kill-server extra`). */
    @Test
    void errorsAreTmuxs() {
        assertEquals("command new-session: unknown flag -z", error(NEW_SESSION, "-dz"));
        assertEquals("command new-session: -s expects an argument", error(NEW_SESSION, "-d", "-s"));
        assertEquals("command new-session: invalid flag -!", error(NEW_SESSION, "-!"));
        assertEquals("command new-session: too many arguments (need at most 1)", error(NEW_SESSION, "a", "b"));
        assertEquals("command kill-server: too many arguments (need at most 0)", error(KILL_SERVER, "extra"));
        assertEquals("command rename-session: too few arguments (need at least 1)", error(RENAME, "-t", "x"));
    }

    @Test
    void questionMarkAsksForUsage() {
        assertEquals("usage: rename-session [-t target-session] new-name", error(RENAME, "-?"));
    }

    @Test
    void colonIsNeverAFlag() {
        assertEquals("command new-session: invalid flag -:", error(NEW_SESSION, "-:"));
    }

    /** tmux 3.3a: `new -x abc` says "width invalid", `-x 0` "width too small", `-x 99999999` "width too large". */
    @Test
    void integerValues() throws CommandException {
        assertEquals(132, parse(NEW_SESSION, "-x", "132").intValue('x', "width", 80, 1, 10000));
        assertEquals(80, parse(NEW_SESSION).intValue('x', "width", 80, 1, 10000));
        assertEquals(7, parse(NEW_SESSION, "-x", "+7").intValue('x', 80, 1, 10000));
        assertEquals("width invalid", intError("abc"));
        assertEquals("width invalid", intError("12a"));
        assertEquals("width invalid", intError(""));
        assertEquals("width too small", intError("0"));
        assertEquals("width too small", intError("-5"));
        assertEquals("width too large", intError("99999999"));
        assertEquals("width too large", intError("99999999999999999999999"));
        assertEquals("-x invalid", assertThrows(CommandException.class,
                () -> parse(NEW_SESSION, "-x", "abc").intValue('x', 80, 1, 10000)).getMessage());
    }

    private static String intError(String value) {
        return assertThrows(CommandException.class,
                () -> parse(NEW_SESSION, "-x", value).intValue('x', "width", 80, 1, 10000)).getMessage();
    }
}
