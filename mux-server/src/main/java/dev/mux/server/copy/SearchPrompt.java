package dev.mux.server.copy;

/**
 * The line where a search text is typed, shown on the status line as tmux's command prompt is:
 * "(search down) " or "(search up) " and the text. Enter submits, Escape, C-c and C-g cancel,
 * BSpace and C-h delete a character, C-u clears the line.
 */
final class SearchPrompt {
    /** What a key did to the prompt. */
    enum Edit { CHANGED, SUBMIT, CANCEL, IGNORED }

    private final boolean forward;
    private final boolean incremental;
    private final StringBuilder text;

    SearchPrompt(boolean forward, boolean incremental, String initial) {
        this.forward = forward;
        this.incremental = incremental;
        this.text = new StringBuilder(initial);
    }

    boolean forward() {
        return forward;
    }

    /** Whether each change searches at once (emacs C-s, C-r) rather than on Enter (vi / and ?). */
    boolean incremental() {
        return incremental;
    }

    String text() {
        return text.toString();
    }

    /** The whole line as shown, the cursor after it. */
    String line() {
        return (forward ? "(search down) " : "(search up) ") + text;
    }

    Edit key(String canonicalKey) {
        switch (canonicalKey) {
            case "\r", "\n" -> {
                return Edit.SUBMIT;
            }
            case "\033", "\003", "\007" -> {
                return Edit.CANCEL;
            }
            case "\177", "\b" -> {
                if (text.isEmpty()) return Edit.IGNORED;
                text.setLength(text.offsetByCodePoints(text.length(), -1));
                return Edit.CHANGED;
            }
            case "\025" -> {
                text.setLength(0);
                return Edit.CHANGED;
            }
            default -> {
                return typed(canonicalKey);
            }
        }
    }

    /** A printable character is typed in; anything else (cursor keys, other controls) is ignored. */
    private Edit typed(String canonicalKey) {
        String character = KeyText.character(canonicalKey);
        if (character == null) return Edit.IGNORED;
        text.append(character);
        return Edit.CHANGED;
    }
}
