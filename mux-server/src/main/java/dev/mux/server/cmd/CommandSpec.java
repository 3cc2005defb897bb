package dev.mux.server.cmd;

import java.util.Objects;

/**
 * The declaration at the top of a command, as in tmux's cmd-*.c tables: its name, an optional alias,
 * a getopt-like flag template, how many positional arguments it takes, and its usage line.
 *
 * <p>The template lists the flag letters; a letter followed by {@code ':'} takes a value, so
 * {@code "ds:x:y:t:"} means {@code -d} alone and {@code -s}, {@code -x}, {@code -y}, {@code -t} with a
 * value. A malformed template is a programming error and fails when the table is built, not when a
 * user first types the command.
 *
 * @param alias   the short name ({@code "new"}), or null when a command deliberately has none
 * @param maxArgs the most positional arguments accepted, or {@link #UNLIMITED}
 * @param usage   everything after the name, e.g. {@code "[-d] [-s session-name] [shell-command]"}
 * @param target  what {@code -t} names, resolved by the dispatcher before the body runs
 */
public record CommandSpec(String name, String alias, String template, int minArgs, int maxArgs, String usage,
                          TargetKind target) {
    public static final int UNLIMITED = -1;

    /** A command that resolves its targets itself, or has none. */
    public CommandSpec(String name, String alias, String template, int minArgs, int maxArgs, String usage) {
        this(name, alias, template, minArgs, maxArgs, usage, TargetKind.NONE);
    }

    public CommandSpec {
        Objects.requireNonNull(target, "target");
        if (target != TargetKind.NONE && !template.contains("t:")) {
            throw new IllegalArgumentException(name + ": a resolved target needs a -t flag");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(usage, "usage");
        checkTemplate(name, template);
        if (minArgs < 0 || (maxArgs != UNLIMITED && maxArgs < minArgs)) {
            throw new IllegalArgumentException(name + ": bad argument counts " + minArgs + ".." + maxArgs);
        }
    }

    /** Whether the user's word names this command exactly, by name or alias. */
    public boolean matches(String word) {
        return name.equals(word) || (alias != null && alias.equals(word));
    }

    /** Whether {@code flag} is in the template at all. */
    public boolean accepts(char flag) {
        return flag != ':' && template.indexOf(flag) >= 0;
    }

    /** Whether {@code flag} is followed by {@code ':'} in the template. */
    public boolean takesValue(char flag) {
        int at = accepts(flag) ? template.indexOf(flag) : -1;
        return at >= 0 && at + 1 < template.length() && template.charAt(at + 1) == ':';
    }

    /** The line tmux prints for {@code -?}: {@code usage: new-session [-d] ...}. */
    public String usageLine() {
        return usage.isEmpty() ? "usage: " + name : "usage: " + name + " " + usage;
    }

    private static void checkTemplate(String name, String template) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            boolean valueMark = c == ':' && i > 0 && template.charAt(i - 1) != ':';
            if (!valueMark && !isFlagLetter(c)) {
                throw new IllegalArgumentException(name + ": bad flag template \"" + template + "\"");
            }
            if (c != ':' && template.indexOf(c) != i) {
                throw new IllegalArgumentException(name + ": flag -" + c + " declared twice in \"" + template + "\"");
            }
        }
    }

    /** tmux accepts only letters and digits as flags (arguments.c rejects the rest as invalid). */
    static boolean isFlagLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
