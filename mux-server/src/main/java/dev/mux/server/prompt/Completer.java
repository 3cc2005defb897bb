package dev.mux.server.prompt;

/** What Tab makes of the word at a prompt's cursor (tmux's status_prompt_complete). */
@FunctionalInterface
public interface Completer {
    /**
     * The text to put in place of {@code word}, which starts at {@code offset} in the prompt's text,
     * or null to leave it.
     */
    String complete(String word, int offset);
}
