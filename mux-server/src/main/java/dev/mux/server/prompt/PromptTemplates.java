package dev.mux.server.prompt;

import java.util.List;

/**
 * command-prompt's (and the choosing modes') templates, filled as tmux fills them: the Nth answer
 * takes the place of each {@code %N} and of the first {@code %%} still left, and a third {@code %}
 * ({@code %%%}, {@code %1%}) puts a backslash before each of {@code "\$;~} in it.
 */
public final class PromptTemplates {
    private static final String QUOTED = "\"\\$;~";

    private PromptTemplates() {}

    /** The command line to run: the template with the input in place, or the input itself without one. */
    public static String fill(String template, String input) {
        return fill(template, List.of(input));
    }

    /** As {@link #fill(String, String)} with several answers; without a template, the first answer. */
    public static String fill(String template, List<String> answers) {
        if (template == null || template.isEmpty()) return answers.isEmpty() ? "" : answers.get(0);
        String filled = template;
        for (int i = 0; i < answers.size(); i++) filled = replace(filled, answers.get(i), i + 1);
        return filled;
    }

    private static String replace(String template, String answer, int index) {
        if (template.indexOf('%') < 0) return template;
        StringBuilder out = new StringBuilder();
        boolean replacedDouble = false;
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at++);
            if (c != '%' || at >= template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(at);
            boolean numbered = next >= '1' && next <= '9' && next - '0' == index;
            if (!numbered && (next != '%' || replacedDouble)) {
                out.append(c);
                continue;
            }
            if (!numbered) replacedDouble = true;
            at++;
            boolean quoted = at < template.length() && template.charAt(at) == '%';
            if (quoted) at++;
            for (int i = 0; i < answer.length(); i++) {
                char a = answer.charAt(i);
                if (quoted && QUOTED.indexOf(a) >= 0) out.append('\\');
                out.append(a);
            }
        }
        return out.toString();
    }
}
