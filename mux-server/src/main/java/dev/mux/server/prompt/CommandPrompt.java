package dev.mux.server.prompt;

import dev.mux.server.input.KeyReader;
import dev.mux.server.term.WcWidth;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A line being typed on a client's status line (the {@code :} prompt, command-prompt): emacs-style
 * editing as tmux's prompt has it, or vi-style with status-keys vi ({@link ViPromptKeys}), and a
 * walk through earlier entries with Up and Down.
 */
public final class CommandPrompt {
    /** What a key did to the prompt. */
    public enum Outcome { EDITED, SUBMITTED, CANCELLED }

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

    private final String label;
    private final PromptHistory history;
    private final StringBuilder text;
    private int cursor;
    private int historyPosition;
    /** confirm-before's prompt: one key answers, and only y (or Y) says yes. */
    private boolean confirmation;
    private final ViPromptKeys vi = new ViPromptKeys();

    public CommandPrompt(String label, String initial, PromptHistory history) {
        this.label = label;
        this.history = history;
        this.text = new StringBuilder(initial);
        this.cursor = text.length();
        this.historyPosition = history.size();
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
                history.add(text.toString());
                return Outcome.SUBMITTED;
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
        if (position < 0 || position > history.size()) return;
        historyPosition = position;
        text.setLength(0);
        text.append(position == history.size() ? "" : history.get(position));
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
