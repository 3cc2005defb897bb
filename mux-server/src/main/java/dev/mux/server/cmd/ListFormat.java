package dev.mux.server.cmd;

import dev.mux.server.format.FormatContext;
import dev.mux.server.format.Formats;

/**
 * How the list commands print an item: its line by {@code -F} or the command's template, unless
 * {@code -f}'s filter is false.
 */
final class ListFormat {
    private final Output out;
    private final String template;
    private final String filter;

    ListFormat(CommandContext context, ParsedArgs args, String defaultTemplate) {
        this.out = context.out();
        this.template = args.value('F', defaultTemplate);
        this.filter = args.value('f');
    }

    /** Prints the line of the item {@code item} describes, if it passes the filter. */
    void print(FormatContext item) {
        if (filter != null && !isTrue(Formats.expand(filter, item))) return;
        out.print(Formats.expand(template, item));
    }

    private static boolean isTrue(String value) {
        return !value.isEmpty() && !value.equals("0");
    }
}
