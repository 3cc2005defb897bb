package dev.mux.server.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private final OptionTable table = StandardOptions.table();
    private final OptionStore store = new OptionStore(table);

    @Test
    void namesAreFoundExactlyOrByAUniquePrefixWithTmuxsErrors() throws OptionException {
        assertEquals("timeout-stop-sec", table.find("timeout").name());
        assertEquals("kill-mode", table.find("kill-mode").name());
        assertEquals("ambiguous option: kill", assertThrows(OptionException.class, () -> table.find("kill")).getMessage());
        assertEquals("invalid option: frob", assertThrows(OptionException.class, () -> table.find("frob")).getMessage());
    }

    @Test
    void valuesAreCheckedByTypeWithOneLineErrors() throws OptionException {
        OptionDefinition timeout = table.find("timeout-stop-sec");
        assertEquals(7, timeout.parse("7", 5));
        assertEquals("value is too small: 0", assertThrows(OptionException.class, () -> timeout.parse("0", 5)).getMessage());
        assertEquals("value is too large: 99999", assertThrows(OptionException.class, () -> timeout.parse("99999", 5)).getMessage());
        assertEquals("value is invalid: 2s", assertThrows(OptionException.class, () -> timeout.parse("2s", 5)).getMessage());
        OptionDefinition signal = table.find("kill-signal");
        assertEquals("SIGTERM", signal.parse("SIGTERM", "hangup"));
        assertEquals("unknown value: TERM", assertThrows(OptionException.class, () -> signal.parse("TERM", "hangup")).getMessage());
        OptionDefinition sighup = table.find("send-sighup");
        assertEquals(true, sighup.parse(null, false), "a flag without a value toggles");
        assertEquals(false, sighup.parse("off", true));
        assertEquals("bad value: maybe", assertThrows(OptionException.class, () -> sighup.parse("maybe", true)).getMessage());
        assertEquals("empty value", assertThrows(OptionException.class, () -> timeout.parse(null, 5)).getMessage());
    }

    @Test
    void aSessionsOwnValueWinsOverTheGlobalOneUntilUnset() throws OptionException {
        OptionDefinition mode = table.find("kill-mode");
        var session = new dev.mux.server.model.Sessions().createSession("s", 80, 24);
        assertEquals("control-group", store.value(mode, session));
        store.set(mode, null, "mixed");
        assertEquals("mixed", store.value(mode, session));
        store.set(mode, session, "process");
        assertEquals("process", store.value(mode, session));
        assertEquals("mixed", store.globalValue(mode));
        store.unset(mode, session);
        assertEquals("mixed", store.value(mode, session));
        store.unset(mode, null);
        assertEquals("control-group", store.choice("kill-mode", session));
    }

    @Test
    void stringsPrintQuotedWhenTheyNeedIt() {
        OptionDefinition text = OptionDefinition.string("t", OptionScope.SESSION, "");
        assertEquals("plain", text.format("plain"));
        assertEquals("\"two words\"", text.format("two words"));
        assertEquals("\"\"", text.format(""));
    }

    @Test
    void everyOptionIsDocumentedInMuxConf5() throws IOException {
        String man = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("man/mux.conf.5"));
        for (OptionDefinition definition : table.definitions()) {
            String entry = ".BR " + definition.name().replace("-", "\\-") + " \" [\"";
            assertTrue(man.contains(entry), definition.name() + " missing from man/mux.conf.5");
            for (String choice : definition.choices()) {
                assertTrue(man.contains(" " + choice.replace("-", "\\-") + " "), definition.name() + " " + choice + " undocumented");
            }
        }
    }
}
