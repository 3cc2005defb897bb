package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import java.util.ArrayList;
import java.util.List;

/**
 * find-window: choose-tree on the target pane, filtered to the panes whose content (-C), window
 * name (-N) or title (-T) matches (all three by default), as a glob, or a regular expression with
 * -r, ignoring case with -i; -Z zooms the pane while the tree is shown. As in tmux, the filter is
 * a format and choose-tree does the rest.
 */
final class FindWindowCommand {
    static final Command COMMAND = new Command(new CommandSpec("find-window", "findw", "CiNrt:TZ", 1, 1,
            "[-CiNrTZ] [-t target-pane] match-string", TargetKind.PANE), FindWindowCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        List<String> words = new ArrayList<>(List.of("choose-tree", "-f", filter(args), "-t", "%" + pane.id()));
        if (args.has('Z')) words.add("-Z");
        try {
            context.commandTable().find("choose-tree");
        } catch (CommandException e) {
            throw new CommandException("find-window needs choose-tree, which this server lacks");
        }
        return context.commandTable().runOne(words, context);
    }

    /** tmux's filter: #{C:...} for the content, #{m:*...*,...} for the name and title, joined by #{||:...}. */
    static String filter(ParsedArgs args) {
        String text = args.positional(0);
        String suffix = args.has('r') && args.has('i') ? "/ri" : args.has('r') ? "/r" : args.has('i') ? "/i" : "";
        boolean content = args.has('C');
        boolean name = args.has('N');
        boolean title = args.has('T');
        if (!content && !name && !title) content = name = title = true;
        List<String> tests = new ArrayList<>();
        if (content) tests.add("#{C" + suffix + ":" + text + "}");
        if (name) tests.add("#{m" + suffix + ":*" + text + "*,#{window_name}}");
        if (title) tests.add("#{m" + suffix + ":*" + text + "*,#{pane_title}}");
        String joined = tests.get(tests.size() - 1);
        for (int i = tests.size() - 2; i >= 0; i--) joined = "#{||:" + tests.get(i) + "," + joined + "}";
        return joined;
    }
}
