package dev.mux.server.format;

import dev.mux.server.term.WcWidth;

/**
 * What formats do to text by its width on a terminal: tmux's trimming ({@code =N:}), padding
 * ({@code pN:}) and width ({@code w:}) of expanded text, where {@code #[style]} takes no cells and
 * {@code ##} takes one, and the quoting of {@code q:}.
 */
public final class FormatText {
    private FormatText() {}

    /** The cells {@code text} takes, styles not counted. */
    public static int width(String text) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                Hashes hashes = Hashes.at(text, i);
                width += hashes.width;
                i = hashes.next;
                if (i < text.length() && text.charAt(i) == '#') {
                    int end = FormatSyntax.skip(text, i + 2, "]");
                    if (end < 0) return 0;
                    i = end + 1;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            width += cells(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The first {@code limit} cells of {@code text}, styles kept. */
    static String trimLeft(String text, int limit) {
        StringBuilder out = new StringBuilder(text.length());
        int width = 0;
        int i = 0;
        while (i < text.length() && width < limit) {
            char c = text.charAt(i);
            if (c == '#') {
                Hashes hashes = Hashes.at(text, i);
                int copy = Math.min(hashes.width, limit - width);
                if (copy != 0) {
                    out.append(hashes.count == 1 ? "#" : "##".repeat(copy));
                    width += copy;
                }
                i = hashes.next;
                if (i < text.length() && text.charAt(i) == '#') {
                    int end = FormatSyntax.skip(text, i + 2, "]");
                    if (end < 0) break;
                    out.append(text, i, end + 1);
                    i = end + 1;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            int cells = cells(cp);
            if (width + cells <= limit && shown(cp)) out.appendCodePoint(cp);
            width += cells;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The last {@code limit} cells of {@code text}, styles kept. */
    public static String trimRight(String text, int limit) {
        int total = width(text);
        if (total <= limit) return text;
        int skip = total - limit;
        StringBuilder out = new StringBuilder(text.length());
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                Hashes hashes = Hashes.at(text, i);
                int copy = hashes.width;
                if (width <= skip) copy = skip - width >= copy ? 0 : copy - (skip - width);
                if (copy != 0) out.append(hashes.count == 1 ? "#" : "##".repeat(copy));
                width += hashes.width;
                i = hashes.next;
                if (i < text.length() && text.charAt(i) == '#') {
                    int end = FormatSyntax.skip(text, i + 2, "]");
                    if (end < 0) break;
                    out.append(text, i, end + 1);
                    i = end + 1;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            int cells = cells(cp);
            if (width >= skip && shown(cp)) out.appendCodePoint(cp);
            width += cells;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code text} padded with spaces to {@code width} cells: after it if positive, before it if negative. */
    static String pad(String text, int width) {
        int cells = WcWidth.cells(text);
        int target = Math.abs(width);
        if (cells >= target) return text;
        String spaces = " ".repeat(target - cells);
        return width > 0 ? text + spaces : spaces + text;
    }

    /** A backslash before each character a shell would take as special ({@code q:}). */
    static String quoteShell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("|&;<>()$`\\\"'*?[# =%".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** Each # doubled, so the text shows as it is in a style-aware place ({@code q/h:}). */
    static String quoteStyle(String text) {
        return text.replace("#", "##");
    }

    /** POSIX basename(3). */
    static String basename(String path) {
        if (path.isEmpty()) return ".";
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') end--;
        if (end == 1 && path.charAt(0) == '/') return "/";
        int slash = path.lastIndexOf('/', end - 1);
        return path.substring(slash + 1, end);
    }

    /** POSIX dirname(3). */
    static String dirname(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') end--;
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 0) return ".";
        while (slash > 0 && path.charAt(slash - 1) == '/') slash--;
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    /** Whether trimming keeps the character: controls are dropped, as tmux drops them. */
    private static boolean shown(int codePoint) {
        return codePoint >= 0x80 || codePoint > 0x1f && codePoint < 0x7f;
    }

    /** Cells of one character as tmux counts printable text: controls take none. */
    private static int cells(int codePoint) {
        if (codePoint < 0x80) return codePoint > 0x1f && codePoint < 0x7f ? 1 : 0;
        return Math.max(0, WcWidth.of(codePoint));
    }

    /** A run of #s: how many, the cells they show as, and where what follows them starts (a style's # included). */
    private record Hashes(int count, int width, int next) {
        static Hashes at(String text, int start) {
            int n = 0;
            while (start + n < text.length() && text.charAt(start + n) == '#') n++;
            boolean style = start + n < text.length() && text.charAt(start + n) == '[';
            if (!style) return new Hashes(n, (n + 1) / 2, start + n);
            if (n % 2 == 0) return new Hashes(n, n / 2, start + n);
            return new Hashes(n, n / 2, start + n - 1);
        }
    }
}
