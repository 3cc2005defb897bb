package dev.mux.server.format;

import dev.mux.server.format.FormatModifiers.Modifier;
import dev.mux.server.format.FormatModifiers.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One expansion of a format, in tmux's order: modifiers are read, then the value is found (a
 * loop, a comparison, a condition, an expression or a name), then substitutions, trimming,
 * padding and length apply. Nesting is bounded by {@link #LOOP_LIMIT}, so no text can recurse
 * without end.
 */
final class Expansion {
    /** Deepest nesting of expansions; deeper ones give nothing, as tmux's FORMAT_LOOP_LIMIT. */
    static final int LOOP_LIMIT = 100;
    /** Aliases #A..#Z and #a..#z, null where a letter has none. */
    private static final String[] UPPER = new String[26];
    private static final String[] LOWER = new String[26];

    static {
        UPPER['D' - 'A'] = "pane_id";
        UPPER['F' - 'A'] = "window_flags";
        UPPER['H' - 'A'] = "host";
        UPPER['I' - 'A'] = "window_index";
        UPPER['P' - 'A'] = "pane_index";
        UPPER['S' - 'A'] = "session_name";
        UPPER['T' - 'A'] = "pane_title";
        UPPER['W' - 'A'] = "window_name";
        LOWER['h' - 'a'] = "host_short";
    }

    private final FormatContext context;
    private final boolean time;
    private final boolean noJobs;
    private final Function<String, String> lookup;
    private int loop;

    Expansion(FormatContext context, boolean time) {
        this(context, time, null);
    }

    Expansion(FormatContext context, boolean time, Function<String, String> lookup) {
        this(context, time, false, lookup, 0);
    }

    private Expansion(FormatContext context, boolean time, boolean noJobs, Function<String, String> lookup, int loop) {
        this.context = context;
        this.time = time;
        this.noJobs = noJobs;
        this.lookup = lookup;
        this.loop = loop;
    }

    /** The same expansion for another context (a loop's item), at the same depth. */
    Expansion about(FormatContext other) {
        return new Expansion(other, time, noJobs, lookup, loop);
    }

    private Expansion withFlags(boolean withTime, boolean withoutJobs) {
        return new Expansion(context, withTime, withoutJobs, lookup, loop);
    }

    FormatContext context() {
        return context;
    }

    String expand(String format) {
        if (format == null || format.isEmpty()) return "";
        if (loop == LOOP_LIMIT) return "";
        loop++;
        try {
            return expandOnce(time && format.indexOf('%') >= 0 ? FormatTime.strftime(format, FormatTime.now()) : format);
        } finally {
            loop--;
        }
    }

    private String expandOnce(String format) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '#') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                out.append('#');
                break;
            }
            char next = format.charAt(i + 1);
            int body = i + 2;
            if (next == '(') {
                int end = closingParenthesis(format, body);
                if (end < 0) break;
                out.append(job(format.substring(body, end)));
                i = end + 1;
            } else if (next == '{') {
                int end = FormatSyntax.skip(format, i, "}");
                if (end < 0) break;
                String value = replace(format.substring(body, end));
                if (value == null) break;
                out.append(value);
                i = end + 1;
            } else if (next == '#') {
                int hashes = body;
                while (hashes < n && format.charAt(hashes) == '#') hashes++;
                if (hashes < n && format.charAt(hashes) == '[') {
                    out.append(format, i, hashes + 1);
                    i = hashes + 1;
                } else {
                    out.append('#');
                    i = body;
                }
            } else if (next == '}' || next == ',') {
                out.append(next);
                i = body;
            } else {
                String alias = alias(next);
                if (alias == null) {
                    out.append('#').append(next);
                    i = body;
                    continue;
                }
                String value = replace(alias);
                if (value == null) break;
                out.append(value);
                i = body;
            }
        }
        return out.toString();
    }

    private static String alias(char c) {
        if (c >= 'A' && c <= 'Z') return UPPER[c - 'A'];
        if (c >= 'a' && c <= 'z') return LOWER[c - 'a'];
        return null;
    }

    private static int closingParenthesis(String format, int from) {
        int depth = 1;
        for (int i = from; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private String job(String command) {
        FormatServer server = context.server();
        if (noJobs || server == null) return "";
        Expansion inner = withFlags(false, true);
        String expanded = inner.expand(command);
        String directory = context.client() == null || context.client().session() == null ? ""
                : FormatVariables.sessionPath(context.client().session());
        String output = server.jobs().output(command, expanded, directory);
        return output == null ? "" : inner.expand(output);
    }

    /** The value of one {@code #{...}} body; null when it does not parse, which ends the expansion. */
    private String replace(String key) {
        Parsed parsed = FormatModifiers.parse(key, this::expand);
        List<Modifier> modifiers = parsed == null ? List.of() : parsed.modifiers();
        String copy = parsed == null ? key : parsed.rest();
        Plan plan = Plan.of(modifiers);

        String value;
        if (plan.literal) {
            value = copy;
        } else if (plan.character) {
            value = FormatCompute.character(expand(copy));
        } else if (plan.colour) {
            value = FormatColours.hex(expand(copy));
        } else if (plan.loop != null) {
            value = FormatLoops.loop(this, plan.loop, copy);
            if (value == null) return null;
        } else if (plan.nameExists != null) {
            value = FormatLoops.nameExists(this, plan.nameExists, copy);
            if (value == null) return null;
        } else if (plan.search != null) {
            value = FormatCompute.search(context.pane(), plan.search.arg(0), expand(copy));
        } else if (plan.comparison != null) {
            String[] sides = FormatSyntax.choose(copy);
            if (sides == null) return null;
            value = FormatCompute.compare(plan.comparison, expand(sides[0]), expand(sides[1]));
        } else if (copy.startsWith("?")) {
            value = condition(copy, plan);
            if (value == null) return null;
        } else if (plan.expression != null) {
            String[] sides = FormatSyntax.choose(copy);
            value = sides == null ? "" : FormatCompute.expression(plan.expression, expand(sides[0]), expand(sides[1]));
        } else if (copy.contains("#{")) {
            value = expand(copy);
        } else {
            value = find(copy, plan);
            if (value == null) value = "";
        }
        return finish(value, plan);
    }

    private String condition(String copy, Plan plan) {
        int comma = FormatSyntax.skip(copy, 1, ",");
        if (comma < 0) return null;
        String condition = copy.substring(1, comma);
        String found = find(condition, plan);
        if (found == null) {
            found = expand(condition);
            if (found.equals(condition)) found = "";
        }
        String[] choices = FormatSyntax.choose(copy.substring(comma + 1));
        if (choices == null) return null;
        return expand(FormatSyntax.isTrue(found) ? choices[0] : choices[1]);
    }

    private String finish(String found, Plan plan) {
        String value = found;
        if (plan.expandAgain) value = expand(value);
        else if (plan.expandTime) value = withFlags(true, noJobs).expand(value);
        for (Modifier substitution : plan.substitutions) {
            value = FormatCompute.substitute(value, expand(substitution.arg(0)), expand(substitution.arg(1)),
                    substitution.arg(2));
        }
        if (plan.limit > 0) {
            String trimmed = FormatText.trimLeft(value, plan.limit);
            value = plan.marker != null && !trimmed.equals(value) ? trimmed + plan.marker : trimmed;
        } else if (plan.limit < 0) {
            String trimmed = FormatText.trimRight(value, (int) Math.min(Integer.MAX_VALUE, -(long) plan.limit));
            value = plan.marker != null && !trimmed.equals(value) ? plan.marker + trimmed : trimmed;
        }
        if (plan.width != 0) value = FormatText.pad(value, plan.width);
        if (plan.length) value = Integer.toString(value.getBytes(StandardCharsets.UTF_8).length);
        if (plan.cells) value = Integer.toString(FormatText.width(value));
        return value;
    }

    /** tmux's format_find: an option, a variable, the command's own value, else the environment. */
    private String find(String key, Plan plan) {
        String found = lookup != null ? lookup.apply(key) : FormatValues.find(context, key, plan.timeString);
        if (plan.timeString) {
            long seconds = FormatCompute.seconds(found);
            if (seconds == 0) return null;
            if (plan.pretty) return FormatTime.pretty(seconds);
            if (plan.timeFormat != null) return FormatTime.strftime(plan.timeFormat, FormatTime.at(seconds));
            return FormatTime.ctime(seconds);
        }
        if (found == null) return null;
        if (plan.basename) found = FormatText.basename(found);
        if (plan.dirname) found = FormatText.dirname(found);
        if (plan.quoteShell) found = FormatText.quoteShell(found);
        if (plan.quoteStyle) found = FormatText.quoteStyle(found);
        return found;
    }

    /** What the modifiers ask for, gathered as tmux's format_replace does before it acts. */
    static final class Plan {
        boolean literal;
        boolean character;
        boolean colour;
        boolean basename;
        boolean dirname;
        boolean length;
        boolean cells;
        boolean timeString;
        boolean pretty;
        String timeFormat;
        boolean quoteShell;
        boolean quoteStyle;
        boolean expandAgain;
        boolean expandTime;
        Character loop;
        Character nameExists;
        Modifier search;
        Modifier comparison;
        Modifier expression;
        final List<Modifier> substitutions = new ArrayList<>();
        int limit;
        String marker;
        int width;

        static Plan of(List<Modifier> modifiers) {
            Plan plan = new Plan();
            for (Modifier modifier : modifiers) plan.add(modifier);
            return plan;
        }

        private void add(Modifier m) {
            String name = m.name();
            if (name.length() == 2) {
                comparison = m;
                return;
            }
            switch (name.charAt(0)) {
                case 'm', '<', '>' -> comparison = m;
                case 'C' -> search = m;
                case 's' -> {
                    if (m.args().size() >= 2) substitutions.add(m);
                }
                case '=' -> {
                    if (m.args().isEmpty()) return;
                    limit = FormatCompute.integer(m.arg(0));
                    if (m.args().size() >= 2) marker = m.arg(1);
                }
                case 'p' -> {
                    if (!m.args().isEmpty()) width = FormatCompute.integer(m.arg(0));
                }
                case 'w' -> cells = true;
                case 'e' -> {
                    if (!m.args().isEmpty() && m.args().size() <= 3) expression = m;
                }
                case 'l' -> literal = true;
                case 'a' -> character = true;
                case 'b' -> basename = true;
                case 'c' -> colour = true;
                case 'd' -> dirname = true;
                case 'n' -> length = true;
                case 't' -> {
                    timeString = true;
                    if (m.args().isEmpty()) return;
                    if (m.arg(0).indexOf('p') >= 0) pretty = true;
                    else if (m.args().size() >= 2 && m.arg(0).indexOf('f') >= 0) timeFormat = FormatSyntax.strip(m.arg(1));
                }
                case 'q' -> {
                    if (m.args().isEmpty()) quoteShell = true;
                    else if (m.arg(0).indexOf('e') >= 0 || m.arg(0).indexOf('h') >= 0) quoteStyle = true;
                }
                case 'E' -> expandAgain = true;
                case 'T' -> expandTime = true;
                case 'N' -> {
                    if (m.args().isEmpty() || m.arg(0).indexOf('w') >= 0) nameExists = 'w';
                    else if (m.arg(0).indexOf('s') >= 0) nameExists = 's';
                }
                case 'S', 'W', 'P' -> {
                    if (loop == null || "SWP".indexOf(name.charAt(0)) < "SWP".indexOf(loop)) loop = name.charAt(0);
                }
                default -> { }
            }
        }
    }
}
