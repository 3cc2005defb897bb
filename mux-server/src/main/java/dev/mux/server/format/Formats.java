package dev.mux.server.format;

import java.util.function.Function;

/**
 * Expands tmux 3.3a formats: {@code #{name}} with its modifiers, the aliases ({@code #S}, {@code #I},
 * {@code #W}, {@code #P}, {@code #D}, {@code #F}, {@code #T}, {@code #H}, {@code #h}), {@code ##},
 * {@code #,} and {@code #}} for the characters themselves, {@code #[style]} left for the drawing,
 * and {@code #(command)}. An unknown name expands to nothing; text that does not parse ends the
 * expansion there, as in tmux.
 */
public final class Formats {
    private Formats() {}

    /** {@code template} expanded for {@code context}. */
    public static String expand(String template, FormatContext context) {
        return new Expansion(context, false).expand(template);
    }

    /**
     * {@code template} passed through strftime(3) first, then expanded: what tmux does for the
     * status line, window titles and {@code T:}.
     */
    public static String expandWithTime(String template, FormatContext context) {
        return new Expansion(context, true).expand(template);
    }

    /** {@code template} expanded with nothing but the values {@code variables} gives (null: unknown). */
    public static String expand(String template, Function<String, String> variables) {
        return new Expansion(FormatContext.of(null), false, variables)
                .expand(template);
    }
}
