package dev.mux.server.prompt;

/** command-prompt's templates: {@code %%} and {@code %1} stand for what was typed, as in tmux. */
public final class PromptTemplates {
    private PromptTemplates() {}

    /** The command line to run: the template with the input in place, or the input itself without one. */
    public static String fill(String template, String input) {
        if (template == null || template.isEmpty()) return input;
        return template.replace("%%", input).replace("%1", input);
    }
}
