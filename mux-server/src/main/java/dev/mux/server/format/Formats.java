package dev.mux.server.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Expands tmux formats: {@code #{name}}, the short aliases ({@code #S}, {@code #I}, {@code #W},
 * {@code #P}, {@code #D}, {@code #T}, {@code #H}, {@code #h}), {@code ##} for a hash sign,
 * conditionals {@code #{?name,then,else}} and truncation {@code #{=N:name}} ({@code -N} keeps
 * the end). An unknown variable expands to nothing, as in tmux.
 */
public final class Formats {
    private static final Map<Character, String> SHORT_NAMES = Map.of(
            'S', "session_name", 'I', "window_index", 'W', "window_name", 'P', "pane_index",
            'D', "pane_id", 'T', "pane_title", 'H', "host", 'h', "host_short");
    /** Deepest nesting of #{...} expanded; deeper text is left as it is, so no input can recurse without end. */
    private static final int MAX_DEPTH = 16;

    private Formats() {}

    public static String expand(String template, Function<String, String> variables) {
        return expand(template, variables, 0);
    }

    private static String expand(String template, Function<String, String> variables, int depth) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '#' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '#') {
                out.append('#');
                i += 2;
            } else if (next == '{') {
                int end = matchingBrace(template, i + 1);
                if (end < 0 || depth >= MAX_DEPTH) {
                    out.append(template, i, template.length());
                    break;
                }
                out.append(expression(template.substring(i + 2, end), variables, depth));
                i = end + 1;
            } else if (SHORT_NAMES.containsKey(next)) {
                out.append(valueOf(variables, SHORT_NAMES.get(next)));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String expression(String body, Function<String, String> variables, int depth) {
        if (body.startsWith("?")) {
            String[] parts = splitTopLevel(body.substring(1));
            String condition = expand(parts[0].contains("#") ? parts[0] : "#{" + parts[0] + "}", variables, depth + 1);
            boolean truthy = !condition.isEmpty() && !condition.equals("0");
            String chosen = truthy ? part(parts, 1) : part(parts, 2);
            return expand(chosen, variables, depth + 1);
        }
        if (body.startsWith("=")) {
            int colon = body.indexOf(':');
            if (colon > 1 && depth < MAX_DEPTH) {
                String value = expression(body.substring(colon + 1), variables, depth + 1);
                return truncate(value, body.substring(1, colon));
            }
        }
        return valueOf(variables, body);
    }

    private static String truncate(String value, String lengthText) {
        int length;
        try {
            length = Integer.parseInt(lengthText);
        } catch (NumberFormatException e) {
            return value;
        }
        int count = value.codePointCount(0, value.length());
        int keep = (int) Math.min(Math.abs((long) length), count);
        if (length >= 0) return value.substring(0, value.offsetByCodePoints(0, keep));
        return value.substring(value.offsetByCodePoints(0, count - keep));
    }

    private static String valueOf(Function<String, String> variables, String name) {
        String value = variables.apply(name);
        return value == null ? "" : value;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "";
    }

    /** Splits on commas that are not inside a nested #{...}. */
    private static String[] splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(String[]::new);
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') depth++;
            if (text.charAt(i) == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
