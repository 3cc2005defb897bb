package dev.mux.server.copy;

import dev.mux.server.term.Line;
import java.util.Optional;

/**
 * Where shells' prompts and their commands' output are among copy mode's lines, by the OSC 133
 * marks the shell left on them ({@link Line#promptMarks()}): without marks there is nowhere to go,
 * and the commands do nothing, as tmux 3.4's.
 */
final class Prompts {
    /** Lines {@code first} to {@code last}, both included. */
    record Lines(int first, int last) {}

    private Prompts() {}

    /**
     * tmux 3.4's next-prompt and previous-prompt: the nearest line after (or before) {@code from}
     * where a prompt starts, or with {@code output} ({@code -o}) where a command's output starts.
     */
    static Optional<Integer> find(ScreenCopy copy, int from, boolean forward, boolean output) {
        int mark = output ? Line.OUTPUT_START : Line.PROMPT_START;
        int step = forward ? 1 : -1;
        for (int line = from + step; line >= 0 && line < copy.size(); line += step) {
            if (marked(copy, line, mark)) return Optional.of(line);
        }
        return Optional.empty();
    }

    /**
     * The output of the command the cursor is in: from the line its output starts on (above the
     * cursor, or below the cursor's prompt when the cursor is on the prompt or command line) to
     * the last line with text before the next prompt. Empty if that command printed nothing.
     */
    static Optional<Lines> output(ScreenCopy copy, int from) {
        int line = from;
        while (line >= 0 && !marked(copy, line, Line.OUTPUT_START) && !marked(copy, line, Line.PROMPT_START)) line--;
        if (line < 0) return Optional.empty();
        if (!marked(copy, line, Line.OUTPUT_START)) {
            do {
                line++;
            } while (line < copy.size() && !marked(copy, line, Line.OUTPUT_START | Line.PROMPT_START));
            if (line >= copy.size() || !marked(copy, line, Line.OUTPUT_START)) return Optional.empty();
        }
        int first = line;
        int end = first + 1;
        while (end < copy.size() && !marked(copy, end, Line.PROMPT_START)) end++;
        int last = end - 1;
        while (last > first && copy.length(last) == 0) last--;
        if (last == first && copy.length(first) == 0) return Optional.empty();
        return Optional.of(new Lines(first, last));
    }

    private static boolean marked(ScreenCopy copy, int line, int marks) {
        Line text = copy.line(line);
        return text != null && (text.promptMarks() & marks) != 0;
    }
}
