package dev.mux.server.buffer;

/**
 * Control characters as C escapes ({@code \n}, {@code \t}, {@code \\}) or octal ({@code \033}),
 * the way tmux shows buffer text with vis(3), so a sample stays on one line.
 */
public final class Visible {
    private Visible() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append(String.format("\\%03o", c));
                    else out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }
}
