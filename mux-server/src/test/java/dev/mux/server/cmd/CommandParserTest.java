package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config language of tmux 3.3a's PARSING SYNTAX; expected values from tmux's own reading of the same text. */
class CommandParserTest {
    /** A host over a map: conditions are true when the format is "1" (no #{} here). */
    private final Map<String, String> variables = new HashMap<>(Map.of("HOME", "/home/u", "X", "ex"));
    private final Map<String, Boolean> hidden = new HashMap<>();
    private final ParseHost host = new ParseHost() {
        @Override
        public String variable(String name) {
            return variables.get(name);
        }

        @Override
        public void assign(String name, String value, boolean isHidden) {
            variables.put(name, value);
            hidden.put(name, isHidden);
        }

        @Override
        public boolean condition(String format) {
            return !format.isEmpty() && !format.equals("0");
        }
    };

    private List<List<String>> parse(String text) throws CommandParser.SyntaxException {
        return CommandParser.parse(text, 1, host).stream().map(CommandParser.Parsed::words).toList();
    }

    private int errorLine(String text) {
        return assertThrows(CommandParser.SyntaxException.class, () -> parse(text)).line();
    }

    @Test
    void variablesAndHomeAsTmuxExpandsThem() throws Exception {
        assertEquals(List.of(List.of("set", "-g", "@y", "ex /home/u ~ a~", "/home/u/x", "~", "$", "")),
                parse("set -g @y \"$X ${HOME} ~ a~\" ~/x '~' $ $NOPE"));
        assertEquals(List.of(List.of("set", "${X}")), parse("set '${X}'"));
        assertEquals("invalid environment variable",
                assertThrows(CommandParser.SyntaxException.class, () -> parse("display ${")).getMessage());
    }

    @Test
    void assignmentsTakeEffectForTheLinesAfterThem() throws Exception {
        assertEquals(List.of(List.of("display", "hello secret")), parse("A=hello\n%hidden H=secret\ndisplay \"$A $H\""));
        assertEquals(false, hidden.get("A"));
        assertEquals(true, hidden.get("H"));
        assertEquals(List.of(List.of("B=1", "display")), parse("B=1 display"), "an assignment is a command of its own");
    }

    @Test
    void conditionsKeepOneBranch() throws Exception {
        String text = "%if 0\nset a\n%elif 1\nset b\n%elif 1\nset c\n%else\nset d\n%endif\nset e";
        assertEquals(List.of(List.of("set", "b"), List.of("set", "e")), parse(text));
        assertEquals(List.of(List.of("set", "d")), parse("%if 0\nset a\n%else\nset d\n%endif"));
        assertEquals(List.of(), parse("%if 0\n%if 1\nset a\n%endif\nA=1\n%endif"));
        assertEquals("ex", variables.get("X"));
        assertEquals(null, variables.get("A"), "an assignment in a dropped branch is dropped");
    }

    @Test
    void blocksAreOneWordThatParsesBackToTheirCommands() throws Exception {
        List<List<String>> parsed = parse("bind x { display hi\n display 'there now' ; kill-pane }");
        assertEquals(1, parsed.size());
        assertEquals(List.of("bind", "x"), parsed.get(0).subList(0, 2));
        assertEquals(List.of(List.of("display", "hi"), List.of("display", "there now"), List.of("kill-pane")),
                parse(parsed.get(0).get(2)));
        List<List<String>> ifShell = parse("if -F 1 { set -g @z 1 } { set -g @z 2 }");
        assertEquals(List.of("if", "-F", "1", "set -g @z 1", "set -g @z 2"), ifShell.get(0));
        List<List<String>> nested = parse("bind y { if -F 1 { display \"a'b\" } }");
        assertEquals(List.of(List.of("display", "a'b")), parse(parse(nested.get(0).get(2)).get(0).get(3)));
    }

    @Test
    void commandsEndOnTheLineOfTheirLastWord() throws Exception {
        List<CommandParser.Parsed> parsed = CommandParser.parse("a\nb \\\n c\nd {\n e\n}\n", 1, host);
        assertEquals(List.of(1, 3, 6), parsed.stream().map(CommandParser.Parsed::line).toList());
    }

    /** tmux 3.3a's "syntax error" lines for the same texts. */
    @Test
    void syntaxErrorsNameTheirLine() {
        assertEquals(1, errorLine("}"));
        assertEquals(1, errorLine("{"));
        assertEquals(2, errorLine("if 1 {\n"));
        assertEquals(2, errorLine("%if 1\n%endif\n%else"));
        assertEquals(1, errorLine("%if 1"));
        assertEquals(1, errorLine("%endif"));
        assertEquals(1, errorLine("%if"));
        assertEquals(2, errorLine("%if 1\n%else\n%elif 1\n%endif"));
        assertEquals(2, errorLine("%if 1\n"));
        assertEquals(3, errorLine("%if 1\nset -g @c 1\n"));
    }
}
