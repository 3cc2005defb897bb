package dev.mux.server.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values and messages are tmux 3.3a's (options-table.c's data, and what its set-option prints). */
class OptionsTest {
    private final OptionTable table = StandardOptions.table(Map.of("SHELL", "/bin/sh"));
    private final OptionStore store = new OptionStore(table);

    @Test
    void namesAreFoundExactlyOrByAUniquePrefixWithTmuxsErrors() throws OptionException {
        assertEquals("timeout-stop-sec", table.find("timeout").name());
        assertEquals("status", table.find("status").name(), "an exact name wins over the longer ones it prefixes");
        assertEquals("ambiguous option: stat", assertThrows(OptionException.class, () -> table.find("stat")).getMessage());
        assertEquals("invalid option: frob", assertThrows(OptionException.class, () -> table.find("frob")).getMessage());
        assertEquals("clock-mode-colour", table.find("clock-mode-color").name());
        assertEquals(1, table.find("status-format[1]").index());
        assertTrue(table.find("@mine").isUser());
        assertEquals("ambiguous option: status-format[x]",
                assertThrows(OptionException.class, () -> table.find("status-format[x]")).getMessage(),
                "tmux 3.3a calls a name it cannot parse ambiguous");
        assertEquals("ambiguous option: status-format[-1]",
                assertThrows(OptionException.class, () -> table.find("status-format[-1]")).getMessage());
        assertEquals(1, table.find("status-format[+1]").index());
    }

    @Test
    void valuesAreCheckedByTypeWithOneLineErrors() throws OptionException {
        Options global = store.session();
        assertEquals("value is invalid: x", error(global, "base-index", "x"));
        assertEquals("value is too small: -1", error(global, "base-index", "-1"));
        assertEquals("value is too large: 99999999999", error(global, "base-index", "99999999999"));
        assertEquals("value is too large: 40000", error(global, "status-left-length", "40000"));
        assertEquals("unknown value: TERM", error(global, "kill-signal", "TERM"));
        assertEquals("bad value: maybe", error(global, "mouse", "maybe"));
        assertEquals("bad colour: colour300", error(global, "status-bg", "colour300"));
        assertEquals("bad key: bogus", error(global, "prefix", "bogus"));
        assertEquals("invalid style: bogus=1", error(global, "status-style", "bogus=1"));
        assertEquals("value is invalid: 10", error(global, "default-size", "10"));
        assertEquals("not a suitable shell: sh", error(global, "default-shell", "sh"));
        assertEquals("empty value", error(global, "status-bg", null));
        assertEquals("empty value", error(global, "@mine", null));
    }

    @Test
    void defaultsTmuxTakesFromTheEnvironmentAreTakenFromIt() {
        OptionStore vi = new OptionStore(StandardOptions.table(Map.of("EDITOR", "/usr/bin/nvim", "SHELL", "/bin/sh")));
        assertEquals("vi", vi.window().string("mode-keys"));
        assertEquals("vi", vi.session().string("status-keys"));
        assertEquals("/usr/bin/nvim", vi.server().string("editor"));
        assertEquals("/bin/sh", vi.session().string("default-shell"));
        OptionStore emacs = new OptionStore(StandardOptions.table(Map.of("VISUAL", "emacs", "EDITOR", "vi")));
        assertEquals("emacs", emacs.window().string("mode-keys"), "VISUAL wins over EDITOR");
        assertEquals("/bin/sh", emacs.session().string("default-shell"), "no SHELL: /bin/sh");
        OptionStore none = new OptionStore(StandardOptions.table(Map.of()));
        assertEquals("emacs", none.window().string("mode-keys"));
        assertEquals("/usr/bin/vi", none.server().string("editor"));
    }

    @Test
    void valuesAreStoredInTheFormTmuxPrints() throws OptionException {
        Options global = store.session();
        set(global, "prefix", "^A");
        assertEquals("C-a", global.string("prefix"));
        set(global, "prefix", "M-F1");
        assertEquals("M-F1", global.string("prefix"));
        set(global, "status-bg", "91");
        assertEquals("brightred", global.string("status-bg"));
        set(global, "status", null);
        assertEquals("off", global.string("status"), "a two-way choice toggles");
        set(global, "mouse", null);
        assertTrue(global.flag("mouse"), "a flag toggles");
        set(global, "status-bg", "DarkBlue");
        assertEquals("#00008b", global.string("status-bg"), "X11 names show as tmux shows them");
        set(global, "status-bg", "grey50");
        assertEquals("#7f7f7f", global.string("status-bg"));
        set(global, "status-style", "bold,fg=colour3 align=centre");
        assertEquals("bold,fg=colour3 align=centre", global.string("status-style"));
    }

    @Test
    void aValueSetCloserWinsUntilUnsetAndAGlobalUnsetIsTheDefault() throws OptionException {
        Options window = store.window().child(OptionScope.WINDOW);
        Options pane = window.child(OptionScope.PANE);
        assertEquals("off", pane.string("remain-on-exit"));
        set(store.window(), "remain-on-exit", "on");
        assertEquals("on", pane.string("remain-on-exit"));
        set(window, "remain-on-exit", "failed");
        assertEquals("failed", pane.string("remain-on-exit"));
        set(pane, "remain-on-exit", "off");
        assertEquals("off", pane.string("remain-on-exit"));
        OptionAssignment.unset(pane, table.find("remain-on-exit"));
        OptionAssignment.unset(window, table.find("remain-on-exit"));
        assertEquals("on", pane.string("remain-on-exit"));
        assertNull(window.own("remain-on-exit"));
        OptionAssignment.unset(store.window(), table.find("remain-on-exit"));
        assertEquals("off", store.window().own("remain-on-exit"), "a global set keeps the option, at its default");
    }

    @Test
    void arraysSplitAppendAndTakeItemsByIndex() throws OptionException {
        Options server = store.server();
        assertEquals(List.of("xterm*:clipboard:ccolour:cstyle:focus:title", "screen*:title"),
                server.items("terminal-features"));
        set(server, "terminal-overrides", "a,b");
        OptionAssignment.set(server, table.find("terminal-overrides"), ",c", true);
        assertEquals(List.of("a", "b", "c"), server.items("terminal-overrides"));
        set(server, "terminal-overrides[5]", "z");
        OptionAssignment.unset(server, table.find("terminal-overrides[1]"));
        assertEquals(List.of("a", "c", "z"), server.items("terminal-overrides"));
        set(store.session(), "update-environment", "A B,C");
        assertEquals(List.of("A", "B", "C"), store.session().items("update-environment"));
    }

    @Test
    void stringsAppendWithTheirSeparatorAndUserOptionsWithout() throws OptionException {
        Options global = store.session();
        OptionAssignment.set(global, table.find("status-style"), "bg=red", true);
        assertEquals("bg=green,fg=black,bg=red", global.string("status-style"));
        set(global, "@foo", "bar");
        OptionAssignment.set(global, table.find("@foo"), "baz", true);
        assertEquals("barbaz", global.own("@foo"));
        assertTrue(OptionAssignment.isSet(global, table.find("@foo")));
        assertFalse(OptionAssignment.isSet(store.session().child(OptionScope.SESSION), table.find("@foo")));
    }

    @Test
    void showLinesQuoteAsTmuxDoes() {
        assertEquals("''", ShellQuoting.quote(""));
        assertEquals("\"lock -np\"", ShellQuoting.quote("lock -np"));
        assertEquals("\"#S:#I:#W - \\\"#T\\\" #{session_alerts}\"", ShellQuoting.quote("#S:#I:#W - \"#T\" #{session_alerts}"));
        assertEquals("\"!\\\"#$%&'()*+,-./:;<=>?@[\\\\]^`{|}~\"", ShellQuoting.quote("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"));
        assertEquals("\\'", ShellQuoting.quote("'"));
        assertEquals("'a\"b'", ShellQuoting.quote("a\"b"));
        assertEquals("\"\\$HOME x\"", ShellQuoting.quote("$HOME x"));
        OptionLines lines = new OptionLines(false);
        lines.add("terminal-overrides", table.definition("terminal-overrides"),
                OptionStore.defaultValue(table.definition("terminal-overrides")), -1, true);
        lines.add("status-keys", table.definition("status-keys"), "vi", -1, true);
        assertEquals(List.of("terminal-overrides*", "status-keys* vi"), lines.lines());
    }

    @Test
    void everyOptionIsDocumentedInMuxConf5() throws IOException {
        String man = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("man/mux.conf.5"));
        for (OptionDefinition definition : table.definitions()) {
            String name = definition.name().replace("-", "\\-");
            if (definition.hook()) {
                assertTrue(man.contains(".It " + name + "\n") || man.contains("\n" + name + "\n")
                        || man.contains(name + ",") || man.contains(name + "."), definition.name() + " missing");
                continue;
            }
            assertTrue(man.contains(".BR " + name + " \" [\""), definition.name() + " missing from man/mux.conf.5");
            for (String choice : definition.choices()) {
                assertTrue(man.contains(" " + choice.replace("-", "\\-") + " "), definition.name() + " " + choice + " undocumented");
            }
        }
    }

    private void set(Options set, String name, String value) throws OptionException {
        OptionAssignment.set(set, table.find(name), value, false);
    }

    private String error(Options set, String name, String value) {
        return assertThrows(OptionException.class, () -> set(set, name, value)).getMessage();
    }
}
