package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.protocol.CommandHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final CommandTable table = CommandTable.standard();

    @Test
    void namesAliasesAndUniquePrefixesFindTheirCommand() throws CommandException {
        assertEquals("new-session", table.find("new").spec().name());
        assertEquals("new-session", table.find("new-session").spec().name());
        assertEquals("list-sessions", table.find("ls").spec().name());
        assertEquals("attach-session", table.find("a").spec().name());
        assertEquals("capture-pane", table.find("capt").spec().name());
    }

    @Test
    void unknownAndAmbiguousCommandsAreOneLineErrors() {
        assertEquals("unknown command: frobnicate", assertThrows(CommandException.class, () -> table.find("frobnicate")).getMessage());
        String ambiguous = assertThrows(CommandException.class, () -> table.find("kill")).getMessage();
        assertTrue(ambiguous.startsWith("ambiguous command: kill, could be: "), ambiguous);
        assertTrue(ambiguous.contains("kill-server") && ambiguous.contains("kill-session"), ambiguous);
    }

    @Test
    void clientHintsNameRealCommands() throws CommandException {
        for (String word : CommandHints.STARTS_SERVER) {
            String name = table.find(word).spec().name();
            assertTrue(name.equals("new-session") || name.equals("start-server"), word + " -> " + name);
        }
        for (String word : CommandHints.MAY_ATTACH) {
            String name = table.find(word).spec().name();
            assertTrue(name.equals("new-session") || name.equals("attach-session"), word + " -> " + name);
        }
    }

    @Test
    void everyCommandIsInTheManPageAndTheHelp() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String man = Files.readString(root.resolve("man/mux.1"));
        String help = Files.readString(root.resolve("mux-client/src/main/resources/dev/mux/client/help.txt"));
        for (Command command : table.commands()) {
            CommandSpec spec = command.spec();
            String roffName = spec.name().replace("-", "\\-");
            assertTrue(man.contains(".B " + roffName), spec.name() + " missing from man/mux.1");
            assertTrue(help.contains(spec.name()), spec.name() + " missing from help.txt");
            if (spec.alias() != null) {
                assertTrue(man.contains(".BR " + spec.alias().replace("-", "\\-")), spec.alias() + " alias missing from man/mux.1");
                assertTrue(help.contains(spec.alias()), spec.alias() + " alias missing from help.txt");
            }
            for (char flag : spec.template().replace(":", "").toCharArray()) {
                assertTrue(man.contains("\\fB\\-" + flag + "\\fR") || man.contains(".B \\-" + flag),
                        spec.name() + " -" + flag + " missing from man/mux.1");
            }
        }
    }
}
