package dev.mux.server.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.protocol.CommandHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            assertTrue(name.equals("new-session") || name.equals("start-server") || name.equals("resurrect"),
                    word + " -> " + name);
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
        // The client's --help as its build makes it: its template with the table's lines filled in.
        String help = HelpResource.fill(Files.readString(root.resolve("mux-client/src/main/help/help.txt")), table);
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

    /**
     * man/mux.1's COMMANDS section documents each command of the table once, under its name, and
     * nothing that is not in the table.
     */
    @Test
    void theManPageDocumentsEachCommandOfTheTableOnce() throws IOException {
        String man = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("man/mux.1"));
        List<String> documented = documentedCommands(man);
        List<String> names = table.commands().stream().map(command -> command.spec().name()).sorted().toList();
        assertEquals(names, documented.stream().sorted().toList());
    }

    /** The first word of each tagged paragraph (.TP, then .B) between .SH COMMANDS and the next .SH. */
    private static List<String> documentedCommands(String man) {
        int start = man.indexOf("\n.SH COMMANDS\n");
        int end = man.indexOf("\n.SH ", start + 1);
        Matcher entry = Pattern.compile("(?m)^\\.TP\n\\.B (\\S+)").matcher(man.substring(start, end));
        List<String> names = new ArrayList<>();
        while (entry.find()) names.add(entry.group(1).replace("\\-", "-"));
        return names;
    }

    @Test
    void listCommandsLinesAreTmuxs() {
        // As tmux 3.3a's list-commands prints these commands, whose usage mux shares.
        List<String> lines = CommandListing.lines(table);
        assertTrue(lines.contains("kill-pane (killp) [-a] [-t target-pane]"), lines.toString());
        assertTrue(lines.contains("kill-server "), lines.toString());
        assertTrue(lines.contains("list-commands (lscm) [-F format] [command]"), lines.toString());
        assertEquals(lines.stream().sorted().toList(), lines);
    }

    @Test
    void theHelpTemplateNeedsItsMarker() {
        assertEquals("a\n  kill-server\nb", HelpResource.fill("a\n" + HelpResource.MARKER + "\nb",
                new CommandTable(List.of(KillServerCommand.COMMAND))));
        assertThrows(IllegalArgumentException.class, () -> HelpResource.fill("no marker", table));
    }
}
