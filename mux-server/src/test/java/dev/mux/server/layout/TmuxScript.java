package dev.mux.server.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays the tmux commands of a test scenario on a {@link Layout} and prints the result the way
 * the recording script printed tmux's: one "index left top width height" line per pane, then
 * "WxH window_layout", then "ERR command => message" per failed command. Panes are numbered as
 * tmux numbers pane ids on a fresh server (%0, %1, ...), and -t/-s name pane indexes.
 */
final class TmuxScript {
    private final Layout<Integer> layout;
    private final List<String> errors = new ArrayList<>();
    private int nextId = 1;

    TmuxScript(int columns, int rows) {
        layout = new Layout<>(0, columns, rows);
    }

    Layout<Integer> layout() {
        return layout;
    }

    TmuxScript run(String commands) {
        for (String command : commands.split(";")) {
            if (!command.isBlank()) {
                runOne(command.trim());
            }
        }
        return this;
    }

    private void runOne(String command) {
        Flags flags = new Flags(command.split("\\s+"));
        switch (flags.name) {
            case "splitw":
                split(command, flags);
                break;
            case "killp":
                layout.remove(flags.pane(layout, "-t"));
                break;
            case "resizep":
                resizePane(flags);
                break;
            case "swapp":
                layout.swap(flags.pane(layout, "-s"), flags.pane(layout, "-t"));
                break;
            case "selectl":
                layout.apply(Layout.presetNamed(flags.operand()).orElseThrow());
                break;
            case "resizew":
                layout.resize(flags.number("-x"), flags.number("-y"));
                break;
            default:
                throw new IllegalArgumentException("not a scenario command: " + command);
        }
    }

    private void split(String command, Flags flags) {
        Split split = flags.has("-h") ? Split.LEFT_RIGHT : Split.TOP_BOTTOM;
        int size = flags.has("-l") ? flags.number("-l") : -1;
        try {
            layout.split(flags.pane(layout, "-t"), nextId, split, size, flags.has("-b"));
            nextId++;
        } catch (LayoutException e) {
            errors.add(command + " => " + e.getMessage());
        }
    }

    private void resizePane(Flags flags) {
        String operand = flags.operand();
        int amount = operand == null ? 1 : Integer.parseInt(operand);
        for (Direction direction : Direction.values()) {
            if (flags.has("-" + direction.name().charAt(0))) {
                layout.resizePane(flags.pane(layout, "-t"), direction, amount);
            }
        }
    }

    String result() {
        StringBuilder out = new StringBuilder();
        List<Integer> panes = layout.panes();
        for (int index = 0; index < panes.size(); index++) {
            Geometry g = layout.geometry(panes.get(index));
            out.append(index).append(' ').append(g.x()).append(' ').append(g.y()).append(' ')
                    .append(g.columns()).append(' ').append(g.rows()).append('\n');
        }
        out.append(layout.columns()).append('x').append(layout.rows()).append(' ')
                .append(layout.describe(id -> id)).append('\n');
        for (String error : errors) {
            out.append("ERR ").append(error).append('\n');
        }
        return out.toString();
    }

    /** A command's words: its name, flags with or without a value, and at most one operand. */
    private static final class Flags {
        private static final List<String> TAKES_VALUE = List.of("-t", "-s", "-l", "-x", "-y");
        final String name;
        private final List<String> words;

        Flags(String[] words) {
            this.name = words[0];
            this.words = List.of(words);
        }

        boolean has(String flag) {
            return words.contains(flag);
        }

        int number(String flag) {
            return Integer.parseInt(words.get(words.indexOf(flag) + 1));
        }

        Integer pane(Layout<Integer> layout, String flag) {
            return layout.panes().get(number(flag));
        }

        String operand() {
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                if (TAKES_VALUE.contains(word)) {
                    i++;
                } else if (!word.startsWith("-")) {
                    return word;
                }
            }
            return null;
        }
    }
}
