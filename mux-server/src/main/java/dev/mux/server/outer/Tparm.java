package dev.mux.server.outer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * terminfo's parameterized strings (terminfo(5), tparm(3)): {@code %p1}-{@code %p9},
 * {@code %d} {@code %s} {@code %c}, {@code %i}, constants {@code %{n}} and {@code %'c'}, arithmetic,
 * comparisons, {@code %l} and the {@code %? %t %e %;} conditional, enough for every string mux
 * sends (cursor shape, cursor colour). Bad or unknown operators are skipped, never thrown.
 */
public final class Tparm {
    private final String format;
    private final Object[] params;
    private final Deque<Object> stack = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();
    private int at;

    private Tparm(String format, Object[] params) {
        this.format = format;
        this.params = params.clone();
    }

    /** {@code format} with {@code params} (Integers and Strings) put in. */
    public static String expand(String format, Object... params) {
        return new Tparm(format, params).run();
    }

    private String run() {
        while (at < format.length()) {
            char c = format.charAt(at++);
            if (c != '%' || at >= format.length()) {
                out.append(c);
                continue;
            }
            operator(format.charAt(at++));
        }
        return out.toString();
    }

    private void operator(char op) {
        switch (op) {
            case '%' -> out.append('%');
            case 'd' -> out.append(number(pop()));
            case 's' -> out.append(pop());
            case 'c' -> out.append((char) number(pop()));
            case 'l' -> stack.push(String.valueOf(pop()).length());
            case 'i' -> {
                for (int i = 0; i < 2 && i < params.length; i++) {
                    if (params[i] instanceof Integer n) params[i] = n + 1;
                }
            }
            case 'p' -> {
                int index = at < format.length() ? format.charAt(at++) - '1' : -1;
                stack.push(index >= 0 && index < params.length ? params[index] : 0);
            }
            case '{' -> {
                int end = format.indexOf('}', at);
                if (end < 0) {
                    at = format.length();
                    return;
                }
                try {
                    stack.push(Integer.parseInt(format.substring(at, end)));
                } catch (NumberFormatException e) {
                    stack.push(0);
                }
                at = end + 1;
            }
            case '\'' -> {
                if (at + 1 < format.length()) stack.push((int) format.charAt(at));
                at = Math.min(format.length(), at + 2);
            }
            case '+', '-', '*', '/', 'm', '&', '|', '^', '=', '<', '>', 'A', 'O' -> binary(op);
            case '!' -> stack.push(number(pop()) == 0 ? 1 : 0);
            case '~' -> stack.push(~number(pop()));
            case '?', ';' -> { }
            case 't' -> {
                if (number(pop()) == 0) skipTo(true);
            }
            case 'e' -> skipTo(false);
            default -> { }
        }
    }

    private void binary(char op) {
        int b = number(pop());
        int a = number(pop());
        stack.push(switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '/' -> b == 0 ? 0 : a / b;
            case 'm' -> b == 0 ? 0 : a % b;
            case '&' -> a & b;
            case '|' -> a | b;
            case '^' -> a ^ b;
            case '=' -> a == b ? 1 : 0;
            case '<' -> a < b ? 1 : 0;
            case '>' -> a > b ? 1 : 0;
            case 'A' -> a != 0 && b != 0 ? 1 : 0;
            default -> a != 0 || b != 0 ? 1 : 0;
        });
    }

    /**
     * Skips to the matching {@code %e} (when {@code orElse}: a false condition's else part) or
     * {@code %;}, past nested conditionals.
     */
    private void skipTo(boolean orElse) {
        int depth = 0;
        while (at < format.length()) {
            char c = format.charAt(at++);
            if (c != '%' || at >= format.length()) continue;
            char op = format.charAt(at++);
            if (op == '?') {
                depth++;
            } else if (op == ';') {
                if (depth == 0) return;
                depth--;
            } else if (op == 'e' && orElse && depth == 0) {
                return;
            }
        }
    }

    private Object pop() {
        return stack.isEmpty() ? 0 : stack.pop();
    }

    private static int number(Object value) {
        return value instanceof Integer n ? n : 0;
    }
}
