package dev.mux.server.prompt;

import dev.mux.server.input.KeyReader;
import dev.mux.server.input.TypedKeyNames;
import dev.mux.server.term.WcWidth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line being typed on a client's status line (the {@code :} prompt, command-prompt): emacs-style
 * editing as tmux's prompt has it, or vi-style with status-keys vi ({@link ViPromptKeys}), and a
 * walk through earlier entries with Up and Down.
 */
public final class CommandPrompt {
    /**
     * How the prompt takes its answer, as command-prompt's flags say: a line ended by Enter, one
     * character (-1), the name of one key (-k), digits that any other key ends, which then goes on
     * as usual (-N), or a line whose every change runs the command (-i).
     */
    public enum Kind { LINE, SINGLE, KEY, NUMERIC, INCREMENTAL }

    /**
     * What a key did to the prompt: nothing to run yet (EDITED); an incremental prompt's text
     * changed (CHANGED, run with {@link #incrementalText()}); all answered (SUBMITTED, run with
     * {@link #answers()}); answered, and the key is to be handled as if no prompt were open
     * (PASSED); or closed with nothing to run (CANCELLED).
     */
    public enum Outcome { EDITED, CHANGED, SUBMITTED, PASSED, CANCELLED }

    /** One of the prompt's questions: what is shown before the text, and the text to start from. */
    public record Question(String label, String input) {}

    /** What a prompt asks: its questions, one after another, how it takes answers, and its history type. */
    public record Setup(List<Question> questions, Kind kind, String type) {}

    enum Edit {
        SUBMIT, CANCEL, LEFT, RIGHT, HOME, END, DELETE_BACK, DELETE, KILL_LINE, KILL_END, DELETE_WORD, OLDER, NEWER,
        WORD_BACK, WORD_NEXT, WORD_END
    }

    private static final Map<String, Edit> EDITS = Map.ofEntries(
            Map.entry("Enter", Edit.SUBMIT), Map.entry("C-m", Edit.SUBMIT), Map.entry("KPEnter", Edit.SUBMIT),
            Map.entry("Escape", Edit.CANCEL), Map.entry("C-c", Edit.CANCEL), Map.entry("C-g", Edit.CANCEL),
            Map.entry("Left", Edit.LEFT), Map.entry("C-b", Edit.LEFT), Map.entry("Right", Edit.RIGHT),
            Map.entry("C-f", Edit.RIGHT), Map.entry("Home", Edit.HOME), Map.entry("C-a", Edit.HOME),
            Map.entry("End", Edit.END), Map.entry("C-e", Edit.END), Map.entry("BSpace", Edit.DELETE_BACK),
            Map.entry("C-h", Edit.DELETE_BACK), Map.entry("DC", Edit.DELETE), Map.entry("C-d", Edit.DELETE),
            Map.entry("C-u", Edit.KILL_LINE), Map.entry("C-k", Edit.KILL_END), Map.entry("C-w", Edit.DELETE_WORD),
            Map.entry("Up", Edit.OLDER), Map.entry("C-p", Edit.OLDER), Map.entry("Down", Edit.NEWER),
            Map.entry("C-n", Edit.NEWER));
    private static final Map<String, Edit> BY_KEY = canonicalKeys();
    private static final String SEARCH_BACKWARD = KeyReader.canonical("C-r");
    private static final String SEARCH_FORWARD = KeyReader.canonical("C-s");

    private final Kind kind;
    private final String type;
    private final List<Question> questions;
    private final List<String> answers = new ArrayList<>();
    private final PromptHistory history;
    private final StringBuilder text;
    private String label;
    private int cursor;
    private int historyPosition;
    /** An incremental prompt's starting text, which C-r or C-s in an empty prompt brings back. */
    private final String incrementalStart;
    /** How an incremental prompt's text is sent: = as typed, - or + after C-r or C-s. */
    private char direction = '=';
    /** confirm-before's prompt: one key answers, and only y (or Y) says yes. */
    private boolean confirmation;
    private final ViPromptKeys vi = new ViPromptKeys();

    /** A one-line command prompt. */
    public CommandPrompt(String label, String initial, PromptHistory history) {
        this(new Setup(List.of(new Question(label, initial)), Kind.LINE, "command"), history);
    }

    /**
     * A prompt asking {@code setup}'s questions in turn; an incremental prompt starts empty and
     * keeps its question's text for C-r and C-s.
     */
    public CommandPrompt(Setup setup, PromptHistory history) {
        this.kind = setup.kind();
        this.type = setup.type();
        this.questions = List.copyOf(setup.questions());
        this.history = history;
        Question first = questions.get(0);
        this.label = first.label();
        this.incrementalStart = kind == Kind.INCREMENTAL ? first.input() : null;
        this.text = new StringBuilder(kind == Kind.INCREMENTAL ? "" : first.input());
        this.cursor = text.length();
        this.historyPosition = history.size(type);
    }

    /** confirm-before's y/n question, answered by the next key. */
    public static CommandPrompt confirmation(String label, PromptHistory history) {
        CommandPrompt prompt = new CommandPrompt(label, "", history);
        prompt.confirmation = true;
        return prompt;
    }

    /** Whether this was confirm-before's question and its answer was yes. */
    public boolean confirmed() {
        return confirmation && (text.toString().equals("y") || text.toString().equals("Y"));
    }

    public boolean isConfirmation() {
        return confirmation;
    }

    public String text() {
        return text.toString();
    }

    /** The answers given, in the order of the questions. */
    public List<String> answers() {
        return List.copyOf(answers);
    }

    /** An incremental prompt's text as its command takes it: =, - or + and the text. */
    public String incrementalText() {
        return direction + text.toString();
    }

    /** Whether Tab completes here (not in a prompt for one key or for digits). */
    public boolean completes() {
        return !confirmation && kind != Kind.KEY && kind != Kind.NUMERIC;
    }

    /** The prompt as drawn: its label, then what was typed. */
    public String display() {
        return label + text;
    }

    /** The cursor's column in {@link #display()}, in terminal cells. */
    public int cursorCells() {
        return WcWidth.cells(label) + WcWidth.cells(text.substring(0, cursor));
    }

    /** Whether vi keys put the prompt in command mode, which is drawn in message-command-style. */
    public boolean commandMode() {
        return vi.commandMode();
    }

    /** A key with emacs keys (status-keys emacs). */
    public Outcome handle(KeyReader.Key key) {
        return handle(key, false);
    }

    /** A key with vi keys when {@code viKeys} (status-keys vi), else emacs keys. */
    public Outcome handle(KeyReader.Key key, boolean viKeys) {
        if (confirmation) {
            if (BY_KEY.get(key.canonical()) == Edit.CANCEL) return Outcome.CANCELLED;
            text.append(key.canonical());
            return Outcome.SUBMITTED;
        }
        if (kind == Kind.KEY) return answer(TypedKeyNames.of(key));
        if (kind == Kind.NUMERIC) {
            String typed = key.canonical();
            if (typed.length() == 1 && typed.charAt(0) >= '0' && typed.charAt(0) <= '9') {
                insert(key.typed());
                return Outcome.EDITED;
            }
            answers.add(text.toString());
            return Outcome.PASSED;
        }
        if (kind == Kind.INCREMENTAL && (key.canonical().equals(SEARCH_BACKWARD) || key.canonical().equals(SEARCH_FORWARD))) {
            return searchAgain(key.canonical().equals(SEARCH_FORWARD));
        }
        String before = text.toString();
        Outcome outcome = edit(key, viKeys);
        if (outcome != Outcome.EDITED || before.contentEquals(text)) return outcome;
        if (kind == Kind.SINGLE) {
            return text.codePointCount(0, text.length()) == 1 ? answer(text.toString()) : Outcome.CANCELLED;
        }
        if (kind == Kind.INCREMENTAL) {
            direction = '=';
            return Outcome.CHANGED;
        }
        return Outcome.EDITED;
    }

    private Outcome edit(KeyReader.Key key, boolean viKeys) {
        Edit edit;
        if (viKeys) {
            ViPromptKeys.Translation translation = vi.translate(key, BY_KEY);
            if (translation.insert()) {
                insert(key.typed());
                return Outcome.EDITED;
            }
            edit = translation.edit();
            if (edit == null) return Outcome.EDITED;
        } else {
            edit = BY_KEY.get(key.canonical());
            if (edit == null) {
                insert(key.typed());
                return Outcome.EDITED;
            }
        }
        switch (edit) {
            case SUBMIT -> {
                if (text.length() > 0) history.add(type, text.toString());
                // An incremental prompt's command has run at each change: Enter only closes it.
                return kind == Kind.INCREMENTAL ? Outcome.CANCELLED : answer(text.toString());
            }
            case CANCEL -> {
                return Outcome.CANCELLED;
            }
            case LEFT -> cursor = previous(cursor);
            case RIGHT -> cursor = next(cursor);
            case HOME -> cursor = 0;
            case END -> cursor = text.length();
            case DELETE_BACK -> deleteRange(previous(cursor), cursor);
            case DELETE -> deleteRange(cursor, next(cursor));
            case KILL_LINE -> deleteRange(0, text.length());
            case KILL_END -> deleteRange(cursor, text.length());
            case DELETE_WORD -> deleteRange(wordStart(), cursor);
            case OLDER -> recall(historyPosition - 1);
            case NEWER -> recall(historyPosition + 1);
            case WORD_BACK -> cursor = wordStart();
            case WORD_NEXT -> cursor = nextWordStart();
            case WORD_END -> cursor = wordEnd();
        }
        return Outcome.EDITED;
    }

    /** An answer to the question asked: the next question follows, or all are answered. */
    private Outcome answer(String given) {
        answers.add(given);
        if (answers.size() == questions.size() || kind == Kind.KEY) return Outcome.SUBMITTED;
        Question next = questions.get(answers.size());
        label = next.label();
        text.setLength(0);
        text.append(next.input());
        cursor = text.length();
        historyPosition = history.size(type);
        return Outcome.EDITED;
    }

    /** C-r or C-s in an incremental prompt: search on with the text, or in an empty one with the starting text. */
    private Outcome searchAgain(boolean forward) {
        if (text.length() == 0) {
            direction = '=';
            text.append(incrementalStart);
            cursor = text.length();
        } else {
            direction = forward ? '+' : '-';
        }
        return Outcome.CHANGED;
    }

    /**
     * Tab: the word around the cursor (delimited by spaces, as tmux finds it) replaced by what
     * {@code completer} makes of it, the cursor after it; false when nothing changed.
     */
    public boolean complete(Completer completer) {
        int size = text.length();
        int at = cursor == 0 ? 0 : cursor - 1;
        int first = at;
        while (first > 0 && !space(first)) first--;
        while (first < size && space(first)) first++;
        int last = at;
        while (last < size && !space(last)) last++;
        while (last > 0 && space(last)) last--;
        if (last < size) last++;
        if (last < first) return false;
        String completed = completer.complete(text.substring(first, last), first);
        if (completed == null) return false;
        text.replace(first, last, completed);
        cursor = first + completed.length();
        return true;
    }

    private boolean space(int at) {
        return at < text.length() && text.charAt(at) == ' ';
    }

    /** Typed text goes in at the cursor; other control bytes are ignored, as tmux's prompt does. */
    private void insert(byte[] typed) {
        String typedText = new String(typed, StandardCharsets.UTF_8);
        if (typedText.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) return;
        text.insert(cursor, typedText);
        cursor += typedText.length();
    }

    private void recall(int position) {
        if (position < 0 || position > history.size(type)) return;
        historyPosition = position;
        text.setLength(0);
        text.append(position == history.size(type) ? "" : history.get(type, position));
        cursor = text.length();
    }

    private void deleteRange(int from, int to) {
        text.delete(from, to);
        cursor = from;
    }

    private int wordStart() {
        int at = cursor;
        while (at > 0 && text.charAt(at - 1) == ' ') at--;
        while (at > 0 && text.charAt(at - 1) != ' ') at--;
        return at;
    }

    private int nextWordStart() {
        int at = cursor;
        while (at < text.length() && text.charAt(at) != ' ') at++;
        while (at < text.length() && text.charAt(at) == ' ') at++;
        return at;
    }

    /** The last character of this word, or of the next if the cursor is on this one's last. */
    private int wordEnd() {
        int at = Math.min(cursor + 1, text.length());
        while (at < text.length() && text.charAt(at) == ' ') at++;
        while (at + 1 < text.length() && text.charAt(at + 1) != ' ') at++;
        return Math.min(at, text.length());
    }

    private int previous(int at) {
        return at == 0 ? 0 : text.offsetByCodePoints(at, -1);
    }

    private int next(int at) {
        return at == text.length() ? at : text.offsetByCodePoints(at, 1);
    }

    private static Map<String, Edit> canonicalKeys() {
        Map<String, Edit> keys = new HashMap<>();
        EDITS.forEach((name, edit) -> {
            String canonical = KeyReader.canonical(name);
            if (canonical != null) keys.put(canonical, edit);
        });
        // A terminal's Backspace may send C-h or DEL; both delete back.
        keys.put("\u0008", Edit.DELETE_BACK);
        return Map.copyOf(keys);
    }
}
