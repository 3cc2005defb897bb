package dev.mux.server.outer;

/**
 * The fields of a terminal-features or terminal-overrides item, split at single colons: a doubled
 * colon is one colon inside a field (so {@code Ms=\E]52;%p1%s;%p2%s\a} style values can hold one).
 */
final class OverrideFields {
    private final String text;
    private int at;

    OverrideFields(String text) {
        this.text = text;
    }

    /** The next field, or null after the last. */
    String next() {
        if (at >= text.length()) return null;
        StringBuilder field = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ':') {
                if (at + 1 < text.length() && text.charAt(at + 1) == ':') {
                    field.append(':');
                    at += 2;
                    continue;
                }
                at++;
                return field.toString();
            }
            field.append(c);
            at++;
        }
        return field.toString();
    }

    /** What is left after the fields read so far. */
    String rest() {
        return text.substring(Math.min(at, text.length()));
    }
}
