package dev.mux.server;

import dev.mux.server.cmd.Command;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.model.Session;
import dev.mux.server.model.Winlink;
import dev.mux.server.model.Sessions;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionStore;
import dev.mux.server.prompt.Completer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Tab at the command prompt, as tmux 3.3a's status_prompt_complete: a word names a command or alias
 * (and a command-alias), or after the first word also an option or a layout, and becomes the only
 * match and a space, else the longest prefix the matches share; a word {@code -t} or {@code -s}
 * followed by a session's name (or {@code $} and its id) becomes that session's target
 * ({@code name:}), and with {@code session:} and the start of a window index the one window
 * matching. Where tmux shows a menu of several matches, the word stays as it is.
 */
final class PromptCompletion implements Completer {
    private static final List<String> LAYOUTS = List.of("even-horizontal", "even-vertical", "main-horizontal",
            "main-vertical", "tiled");

    private final CommandTable commands;
    private final OptionStore options;
    private final Sessions sessions;
    private final Session current;

    PromptCompletion(CommandTable commands, OptionStore options, Sessions sessions, Session current) {
        this.commands = commands;
        this.options = options;
        this.sessions = sessions;
        this.current = current;
    }

    @Override
    public String complete(String word, int offset) {
        if (word.isEmpty()) return null;
        String out;
        if (!word.startsWith("-t") && !word.startsWith("-s")) {
            List<String> matches = names(word, offset == 0);
            out = matches.isEmpty() ? null : matches.size() == 1 ? matches.get(0) + " " : sharedPrefix(matches);
        } else {
            out = target(word.substring(2), word.charAt(1));
        }
        return out == null || out.equals(word) ? null : out;
    }

    private List<String> names(String word, boolean atStart) {
        List<String> matches = new ArrayList<>();
        for (Command command : commands.commands()) {
            add(matches, word, command.spec().name());
            if (command.spec().alias() != null) add(matches, word, command.spec().alias());
        }
        Object aliases = options.server().get("command-alias");
        if (aliases instanceof Map<?, ?> items) {
            for (Object item : items.values()) {
                String value = String.valueOf(item);
                int equals = value.indexOf('=');
                if (equals >= 0 && word.length() <= equals && value.startsWith(word)) add(matches, word, value.substring(0, equals));
            }
        }
        if (atStart) return matches;
        for (OptionDefinition definition : options.table().definitions()) add(matches, word, definition.name());
        for (String layout : LAYOUTS) add(matches, word, layout);
        return matches;
    }

    private static void add(List<String> matches, String word, String name) {
        if (name.startsWith(word) && !matches.contains(name)) matches.add(name);
    }

    /** The text after -t or -s: a session, or a window of one when there is a colon and no period. */
    private String target(String text, char flag) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            List<String> matches = new ArrayList<>();
            for (Session session : sorted()) {
                if (text.isEmpty() || session.name().startsWith(text)) {
                    matches.add(session.name() + ":");
                } else if (text.startsWith("$") && Integer.toString(session.id()).startsWith(text.substring(1))) {
                    matches.add("$" + session.id() + ":");
                }
            }
            String prefix = sharedPrefix(matches);
            return prefix == null ? null : "-" + flag + prefix;
        }
        if (text.indexOf('.', colon + 1) >= 0) return null;
        Session session = colon == 0 ? current : sessions.all().stream()
                .filter(each -> each.name().equals(text.substring(0, colon))).findFirst().orElse(null);
        if (session == null) return null;
        String index = text.substring(colon + 1);
        List<Winlink> places = session.winlinks().stream()
                .filter(link -> Integer.toString(link.index()).startsWith(index)).toList();
        return places.size() == 1 ? "-" + flag + session.name() + ":" + places.get(0).index() : null;
    }

    private List<Session> sorted() {
        List<Session> all = new ArrayList<>(sessions.all());
        all.sort(Comparator.comparing(Session::name));
        return all;
    }

    /** The longest start every match shares, or null for none. */
    private static String sharedPrefix(List<String> matches) {
        if (matches.isEmpty()) return null;
        String out = matches.get(0);
        for (String match : matches) {
            int length = 0;
            while (length < out.length() && length < match.length() && out.charAt(length) == match.charAt(length)) length++;
            out = out.substring(0, length);
        }
        return out;
    }
}
