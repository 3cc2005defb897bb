package dev.mux.server.cmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the client's {@code --help} at build time (mux-client's pom runs it): the client's
 * hand-written text, with the line {@value #MARKER} replaced by the table's lines. The client
 * cannot load the table at run time (its class path is kept to the protocol and JLine for start-up
 * time), so its help is made from the table when it is built.
 */
public final class HelpResource {
    /** The line of the template that stands for the command list. */
    public static final String MARKER = "@COMMANDS@";
    private static final String INDENT = "  ";

    private HelpResource() {}

    /** {@code template output}: reads the template, writes the help. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: HelpResource template output");
        Path output = Path.of(args[1]);
        String help = fill(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), CommandTable.standard());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, help, StandardCharsets.UTF_8);
    }

    /** The template with its marker line replaced by the table's lines; a template without one is an error. */
    public static String fill(String template, CommandTable table) {
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        for (String line : template.split("\n", -1)) {
            if (line.strip().equals(MARKER)) {
                CommandListing.lines(table).forEach(each -> lines.add(INDENT + each.stripTrailing()));
                replaced = true;
            } else {
                lines.add(line);
            }
        }
        if (!replaced) throw new IllegalArgumentException("the help template has no " + MARKER + " line");
        return String.join("\n", lines);
    }
}
