package dev.mux.server.copy;

/**
 * The options copy mode reads as it goes, as tmux reads them for each command: the session's
 * {@code word-separators} and the window's {@code wrap-search}.
 */
public record CopySettings(String wordSeparators, boolean wrapSearch) {
    /** tmux's defaults. */
    public static final CopySettings DEFAULTS = new CopySettings(Words.SEPARATORS, true);
}
